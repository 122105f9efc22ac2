package org.tandem.meeting;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes what the pair's calendars must hear: a meeting scheduled, moved or cancelled;
 * and a scheduled meeting marked held, after which the pair is asked for its pulse. Each
 * change after the first raises the meeting's sequence in the same transaction, so every
 * invitation or cancellation carries a higher SEQUENCE than the one before it.
 */
@Component
class MeetingAnnouncements {

	private final MeetingRepository meetings;

	private final ApplicationEventPublisher events;

	MeetingAnnouncements(MeetingRepository meetings, ApplicationEventPublisher events) {
		this.meetings = meetings;
		this.events = events;
	}

	void logged(Meeting meeting, UUID by) {
		Instant startsAt = meeting.scheduledAt();
		if (meeting.scheduled() && startsAt != null) {
			this.events.publishEvent(new MeetingScheduled(meeting.id(), meeting.pairingId(), by, startsAt,
					meeting.durationMinutes(), meeting.format(), 0));
		}
	}

	void changed(Meeting before, Meeting after, UUID by) {
		Instant startsAt = after.scheduledAt();
		if (!before.scheduled() || startsAt == null) {
			return;
		}
		if (after.status() == MeetingStatus.HELD && after.occurredOn() != null) {
			this.events
				.publishEvent(new MeetingHeld(new MeetingId(after.id()), after.pairingId(), by, after.occurredOn()));
		}
		else if (after.status() == MeetingStatus.CANCELLED) {
			this.events.publishEvent(new MeetingCancelled(after.id(), after.pairingId(), by, startsAt,
					after.durationMinutes(), after.format(), this.meetings.nextSequence(after.id())));
		}
		else if (after.scheduled() && (!startsAt.equals(before.scheduledAt())
				|| !Objects.equals(before.durationMinutes(), after.durationMinutes()))) {
			this.events.publishEvent(new MeetingRescheduled(after.id(), after.pairingId(), by, startsAt,
					after.durationMinutes(), after.format(), this.meetings.nextSequence(after.id())));
		}
	}

}
