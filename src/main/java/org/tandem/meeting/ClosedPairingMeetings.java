package org.tandem.meeting;

import java.time.Clock;
import java.time.Instant;

import org.tandem.pairing.PairingClosed;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a pairing closes, the meetings it still had ahead will not happen: they are
 * cancelled, so the pair's calendars receive a cancellation instead of keeping a meeting
 * that nobody will attend.
 */
@Component
class ClosedPairingMeetings {

	private final MeetingRepository meetings;

	private final MeetingAnnouncements announcements;

	private final Clock clock;

	ClosedPairingMeetings(MeetingRepository meetings, MeetingAnnouncements announcements, Clock clock) {
		this.meetings = meetings;
		this.announcements = announcements;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PairingClosed event) {
		Instant now = this.clock.instant();
		for (Meeting meeting : this.meetings.lockScheduledAfter(event.pairingId(), now)) {
			Meeting cancelled = meeting.withStatus(MeetingStatus.CANCELLED, null, now);
			this.meetings.update(cancelled);
			this.announcements.changed(meeting, cancelled, event.closedBy());
		}
	}

}
