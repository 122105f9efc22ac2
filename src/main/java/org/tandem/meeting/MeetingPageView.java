package org.tandem.meeting;

import java.util.List;
import java.util.UUID;

import org.tandem.program.MeetingFormat;

/**
 * The meeting page of a pairing. {@code member} tells whether the viewer is one of the
 * pair: only then do the meetings carry their texts and the page its forms.
 */
public record MeetingPageView(UUID pairingId, boolean member, boolean closed, List<Meeting> meetings, long total) {

	public List<MeetingFormat> formats() {
		return List.of(MeetingFormat.values());
	}

	public String when(Meeting meeting) {
		if (meeting.scheduledAt() != null) {
			String time = meeting.scheduledAt()
				.atZone(MeetingRules.ZONE)
				.toLocalDateTime()
				.toString()
				.replace('T', ' ');
			return time + " UTC"
					+ ((meeting.durationMinutes() != null) ? ", " + meeting.durationMinutes() + " min" : "");
		}
		return String.valueOf(meeting.occurredOn());
	}

}
