package org.tandem.cadence;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of an absence.
 */
public record AbsenceId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
