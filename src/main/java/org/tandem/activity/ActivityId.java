package org.tandem.activity;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of an {@link Activity}.
 */
public record ActivityId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
