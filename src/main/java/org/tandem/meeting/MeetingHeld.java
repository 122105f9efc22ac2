package org.tandem.meeting;

import java.time.LocalDate;
import java.util.UUID;

import org.tandem.pairing.PairingId;

/**
 * A member of the pair marked a scheduled meeting held, so that each of them may be asked
 * how useful it was. Carries when and who, never the meeting's texts.
 */
public record MeetingHeld(MeetingId meetingId, PairingId pairingId, UUID markedBy, LocalDate heldOn) {

}
