package org.tandem.concern;

import java.util.UUID;

import org.tandem.pairing.PairingId;
import org.tandem.program.ProgramId;

/**
 * The committee ended a pairing without fault on a concern: its mentee waits to be paired
 * again, and the committee is reminded to do it.
 */
public record ConcernRematched(ConcernId concernId, ProgramId programId, PairingId pairingId, UUID menteeId) {

}
