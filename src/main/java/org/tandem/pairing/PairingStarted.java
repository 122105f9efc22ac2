package org.tandem.pairing;

import java.time.LocalDate;
import java.util.UUID;

import org.tandem.program.ProgramId;

/**
 * A committee paired a mentor and a mentee (both person ids). Published inside the
 * transaction that starts the pairing.
 */
public record PairingStarted(PairingId pairingId, ProgramId programId, UUID mentorId, UUID menteeId,
		LocalDate startedOn) {

}
