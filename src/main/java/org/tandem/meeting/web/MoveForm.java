package org.tandem.meeting.web;

import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.tandem.meeting.MeetingChange;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The form that moves a scheduled meeting to another time (in the viewer's zone) and, if
 * given, another duration.
 */
public record MoveForm(
		@NotNull(message = "is required") @DateTimeFormat(iso = ISO.DATE_TIME) @Nullable LocalDateTime scheduledAt,
		@Nullable Integer durationMinutes) {

	static MoveForm empty() {
		return new MoveForm(null, null);
	}

	public String scheduledAtValue() {
		return MeetingForms.value(this.scheduledAt);
	}

	public String durationValue() {
		return (this.durationMinutes != null) ? this.durationMinutes.toString() : "";
	}

	MeetingChange toChange(ZoneId zone) {
		return new MeetingChange(null, null, null, null, MeetingForms.instant(this.scheduledAt, zone),
				this.durationMinutes);
	}

}
