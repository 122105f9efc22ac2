package org.tandem.meeting.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.tandem.meeting.Meeting;
import org.tandem.program.MeetingFormat;
import org.tandem.shared.TimeZones;

/**
 * The meeting page of a pairing. {@code member} tells whether the viewer is one of the
 * pair: only then do the meetings carry their texts and the page its forms. Times are
 * shown and typed in {@code zone}, the viewer's.
 */
public record MeetingPageView(UUID pairingId, boolean member, boolean closed, List<Meeting> meetings, long total,
		ZoneId zone) {

	public List<MeetingFormat> formats() {
		return List.of(MeetingFormat.values());
	}

	/**
	 * A scheduled meeting's time as the move form's date-and-time field takes it (in the
	 * viewer's zone, to the minute).
	 */
	public String localTime(Meeting meeting) {
		if (meeting.scheduledAt() == null) {
			return "";
		}
		return MeetingForms.value(LocalDateTime.ofInstant(meeting.scheduledAt(), this.zone));
	}

	public String when(Meeting meeting) {
		return time(meeting, this.zone);
	}

	/**
	 * The machine-readable {@code datetime} of the meeting: the instant of a scheduled
	 * meeting, the day of a contact.
	 */
	public String datetime(Meeting meeting) {
		return (meeting.scheduledAt() != null) ? meeting.scheduledAt().toString()
				: String.valueOf(meeting.occurredOn());
	}

	/**
	 * When the meeting is: its time in {@code zone}, named, and its duration if it was
	 * scheduled, else its day.
	 */
	static String time(Meeting meeting, ZoneId zone) {
		if (meeting.scheduledAt() != null) {
			return TimeZones.dateTime(meeting.scheduledAt(), zone)
					+ ((meeting.durationMinutes() != null) ? ", " + meeting.durationMinutes() + " min" : "");
		}
		return String.valueOf(meeting.occurredOn());
	}

	/**
	 * The day of the meeting as the viewer names it.
	 */
	static LocalDate day(Meeting meeting, ZoneId zone) {
		return meeting.day(zone);
	}

}
