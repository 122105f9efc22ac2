package org.tandem.celebration;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of an idea on a program's idea board.
 */
public record IdeaId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
