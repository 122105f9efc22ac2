package org.tandem.meeting.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.tandem.meeting.NewMeeting;
import org.tandem.program.MeetingFormat;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The meeting page's form for a contact that happened. The texts are checked by
 * {@link org.tandem.meeting.Meetings}, the same for the API.
 */
public record ContactForm(
		@NotNull(message = "is required") @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate occurredOn,
		@NotNull(message = "is required") @Nullable MeetingFormat format, @Nullable String place,
		@Nullable String sharedNotes) {

	@Override
	public String toString() {
		// keeps the confidential texts out of logs
		return "ContactForm[occurredOn=" + this.occurredOn + ", format=" + this.format + "]";
	}

	static ContactForm empty() {
		return new ContactForm(null, null, null, null);
	}

	public String occurredOnValue() {
		return (this.occurredOn != null) ? this.occurredOn.toString() : "";
	}

	NewMeeting toNewMeeting() {
		return new NewMeeting(this.occurredOn, null, MeetingForms.name(this.format), this.place, null, this.sharedNotes,
				null);
	}

}
