package org.tandem.meeting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;
import org.tandem.program.MeetingFormat;

/**
 * A member of the pair cancelled a scheduled meeting.
 */
public record MeetingCancelled(UUID meetingId, PairingId pairingId, UUID changedBy, Instant startsAt,
		@Nullable Integer durationMinutes, MeetingFormat format, int sequence) implements MeetingCalendarChange {

}
