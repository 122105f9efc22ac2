package org.tandem.program;

import java.util.UUID;

/**
 * The id of a program.
 */
public record ProgramId(UUID value) {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
