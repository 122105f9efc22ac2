package org.tandem.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;
import org.tandem.program.MeetingFormat;

/**
 * When and how a pair met or will meet, for a calendar: the type has no field for the
 * place, agenda or shared notes, so none can reach a calendar.
 *
 * @param scheduledAt set for a meeting planned ahead
 * @param occurredOn set for a contact that happened (and a scheduled meeting marked held)
 * @param sequence the iCalendar SEQUENCE of the latest invitation or cancellation
 * @param createdBy the member of the pair who entered it
 */
public record MeetingTime(UUID id, PairingId pairingId, UUID mentorId, UUID menteeId, @Nullable Instant scheduledAt,
		@Nullable Integer durationMinutes, @Nullable LocalDate occurredOn, MeetingFormat format, MeetingStatus status,
		int sequence, UUID createdBy, Instant updatedAt) {

}
