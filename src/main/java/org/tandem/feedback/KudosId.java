package org.tandem.feedback;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a {@link Kudos}.
 */
public record KudosId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
