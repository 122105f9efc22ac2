package org.tandem.meeting.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.tandem.meeting.NewMeeting;
import org.tandem.program.MeetingFormat;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The meeting page's form for a meeting planned ahead: date and time in the viewer's
 * zone, duration, format, place and agenda. The rules are checked by
 * {@link org.tandem.meeting.Meetings}, the same for the API.
 */
public record ScheduleForm(
		@NotNull(message = "is required") @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable LocalDateTime scheduledAt,
		@Nullable Integer durationMinutes, @NotNull(message = "is required") @Nullable MeetingFormat format,
		@Nullable String place, @Nullable String agenda) {

	@Override
	public String toString() {
		// keeps the confidential texts out of logs
		return "ScheduleForm[scheduledAt=" + this.scheduledAt + ", format=" + this.format + "]";
	}

	static ScheduleForm empty() {
		return new ScheduleForm(null, null, null, null, null);
	}

	public String scheduledAtValue() {
		return MeetingForms.value(this.scheduledAt);
	}

	public String durationValue() {
		return (this.durationMinutes != null) ? this.durationMinutes.toString() : "";
	}

	NewMeeting toNewMeeting(ZoneId zone) {
		return new NewMeeting(null, MeetingForms.instant(this.scheduledAt, zone), MeetingForms.name(this.format),
				this.place, this.agenda, null, this.durationMinutes);
	}

}
