package org.tandem.feedback;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.meeting.MeetingId;
import org.tandem.pairing.PairingId;

/**
 * How useful one of the pair found a held meeting, with an optional comment that is the
 * pair's text ({@code null} when read for anyone else, or not authentic).
 */
public record Pulse(PulseId id, MeetingId meetingId, PairingId pairingId, UUID personId, int usefulness,
		@Nullable String comment, Instant createdAt) {

	@Override
	public String toString() {
		// keeps the confidential comment out of logs
		return "Pulse[id=" + this.id + ", meetingId=" + this.meetingId + ", usefulness=" + this.usefulness + "]";
	}

}
