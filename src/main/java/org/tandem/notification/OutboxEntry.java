package org.tandem.notification;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One outbox message in the administrator's list.
 */
public record OutboxEntry(UUID id, Instant createdAt, String recipient, String subject, String status, int attempts) {

	/**
	 * The status in lower case, as a page's style names it ({@code status-sent}).
	 */
	public String statusStyle() {
		return this.status.toLowerCase(Locale.ROOT);
	}

}
