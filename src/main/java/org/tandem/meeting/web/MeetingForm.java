package org.tandem.meeting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.tandem.meeting.Meeting;
import org.tandem.meeting.MeetingChange;
import org.tandem.meeting.NewMeeting;
import org.tandem.shared.web.FormErrors;

/**
 * What the meeting page's two forms send: a contact that happened (day, format, place,
 * shared notes) or a meeting planned ahead (date and time in UTC, duration, format,
 * place, agenda). Fields a form does not have stay {@code null}.
 */
public record MeetingForm(@Nullable String occurredOn, @Nullable String scheduledAt, @Nullable String durationMinutes,
		@Nullable String format, @Nullable String place, @Nullable String agenda, @Nullable String sharedNotes) {

	@Override
	public String toString() {
		// keeps the confidential texts out of logs
		return "MeetingForm[occurredOn=" + this.occurredOn + ", scheduledAt=" + this.scheduledAt + ", format="
				+ this.format + "]";
	}

	static MeetingForm empty() {
		return new MeetingForm("", "", "", "", "", "", "");
	}

	public String value(@Nullable String text) {
		return (text != null) ? text : "";
	}

	public boolean formatIs(String name) {
		return name.equals(this.format);
	}

	/**
	 * The errors of what could not be read at all; the rules are checked by
	 * {@link org.tandem.meeting.Meetings}.
	 */
	FormErrors unreadable(boolean scheduling) {
		FormErrors errors = FormErrors.none();
		if (scheduling) {
			if (blank(this.scheduledAt)) {
				errors = errors.with("scheduledAt", "is required");
			}
			else if (time() == null) {
				errors = errors.with("scheduledAt", "must be a date and time such as 2026-07-14T10:30");
			}
			if (!blank(this.durationMinutes) && duration() == null) {
				errors = errors.with("durationMinutes", "must be a whole number of minutes");
			}
		}
		else if (blank(this.occurredOn)) {
			errors = errors.with("occurredOn", "is required");
		}
		else if (day() == null) {
			errors = errors.with("occurredOn", "must be a date such as 2026-07-14");
		}
		return errors;
	}

	NewMeeting toContact() {
		return new NewMeeting(day(), null, blankToNull(this.format), this.place, null, this.sharedNotes, null);
	}

	/**
	 * A move of a scheduled meeting to this time and, if given, this duration.
	 */
	MeetingChange toMove() {
		return new MeetingChange(null, null, null, null, time(), duration());
	}

	NewMeeting toSchedule() {
		return new NewMeeting(null, time(), blankToNull(this.format), this.place, this.agenda, null, duration());
	}

	private @Nullable LocalDate day() {
		try {
			return blank(this.occurredOn) ? null : LocalDate.parse(this.occurredOn.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private @Nullable Instant time() {
		try {
			return blank(this.scheduledAt) ? null
					: LocalDateTime.parse(this.scheduledAt.strip()).atZone(Meeting.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private @Nullable Integer duration() {
		try {
			return blank(this.durationMinutes) ? null : Integer.valueOf(this.durationMinutes.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return blank(text) ? null : text;
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
