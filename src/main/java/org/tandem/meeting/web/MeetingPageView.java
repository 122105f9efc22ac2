package org.tandem.meeting.web;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.tandem.meeting.Meeting;
import org.tandem.program.MeetingFormat;

/**
 * The meeting page of a pairing. {@code member} tells whether the viewer is one of the
 * pair: only then do the meetings carry their texts and the page its forms.
 */
public record MeetingPageView(UUID pairingId, boolean member, boolean closed, List<Meeting> meetings, long total) {

	public List<MeetingFormat> formats() {
		return List.of(MeetingFormat.values());
	}

	/**
	 * A scheduled meeting's time as the move form's date-and-time field takes it (UTC, to
	 * the minute).
	 */
	public String localTime(Meeting meeting) {
		if (meeting.scheduledAt() == null) {
			return "";
		}
		return MeetingForms.value(LocalDateTime.ofInstant(meeting.scheduledAt(), Meeting.ZONE));
	}

	public String when(Meeting meeting) {
		return time(meeting);
	}

	/**
	 * When the meeting is: its time in UTC and duration if it was scheduled, else its
	 * day.
	 */
	static String time(Meeting meeting) {
		if (meeting.scheduledAt() != null) {
			String time = meeting.scheduledAt().atZone(Meeting.ZONE).toLocalDateTime().toString().replace('T', ' ');
			return time + " UTC"
					+ ((meeting.durationMinutes() != null) ? ", " + meeting.durationMinutes() + " min" : "");
		}
		return String.valueOf(meeting.occurredOn());
	}

}
