package org.tandem.message;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a {@link Message}.
 */
public record MessageId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
