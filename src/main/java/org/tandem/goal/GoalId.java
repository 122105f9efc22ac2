package org.tandem.goal;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a {@link Goal}.
 */
public record GoalId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
