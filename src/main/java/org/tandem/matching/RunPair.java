package org.tandem.matching;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A pair a run was asked to forbid or pin.
 */
@Table("matching_run_pair")
record RunPair(PairKind kind, UUID mentorId, UUID menteeId) {

	PersonPair pair() {
		return new PersonPair(this.mentorId, this.menteeId);
	}

}
