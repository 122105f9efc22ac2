package org.tandem.concern;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a {@link Concern}.
 */
public record ConcernId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
