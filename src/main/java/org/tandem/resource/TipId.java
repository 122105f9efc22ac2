package org.tandem.resource;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a {@link Tip}.
 */
public record TipId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
