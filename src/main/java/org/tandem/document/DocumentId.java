package org.tandem.document;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a {@link Document}.
 */
public record DocumentId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
