package org.tandem.program;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a program.
 */
public record ProgramId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
