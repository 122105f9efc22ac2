package org.tandem.notification;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An outbox row claimed for sending.
 */
record PendingMessage(UUID id, String recipient, String subject, String bodyText, @Nullable String bodyHtml,
		@Nullable String ics, @Nullable String icsMethod, int attempts) {

	/**
	 * The same on every attempt, so that a message sent again after a crash is
	 * recognisable as the same message.
	 */
	String messageId() {
		return "<" + this.id + "@tandem>";
	}

}
