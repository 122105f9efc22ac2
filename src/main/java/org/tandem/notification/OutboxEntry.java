package org.tandem.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One outbox message in the administrator's list.
 */
public record OutboxEntry(UUID id, Instant createdAt, String recipient, String subject, String status, int attempts) {

	public String createdText() {
		return Times.format(this.createdAt);
	}

}
