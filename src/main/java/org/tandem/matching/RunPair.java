package org.tandem.matching;

import java.util.UUID;

/**
 * A pair a run was asked to forbid or pin.
 */
public record RunPair(PairKind kind, UUID mentorId, UUID menteeId) {

	PersonPair pair() {
		return new PersonPair(this.mentorId, this.menteeId);
	}

}
