package org.tandem.notification;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a message in the outbox.
 */
public record OutboxMessageId(UUID value) implements TypedId {

	@Override
	public String toString() {
		return this.value.toString();
	}

}
