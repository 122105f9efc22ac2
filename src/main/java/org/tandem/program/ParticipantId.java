package org.tandem.program;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a participation: one person in one program in one role.
 */
public record ParticipantId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
