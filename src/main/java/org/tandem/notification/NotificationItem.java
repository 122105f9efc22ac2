package org.tandem.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One notification as its person sees it.
 */
public record NotificationItem(UUID id, String text, @Nullable String link, Instant createdAt,
		@Nullable Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
