package org.tandem.notification;

import java.sql.Timestamp;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Instants as the database gives them. Pages show them in the viewer's zone
 * ({@code PageContext.dateTime}).
 */
final class Times {

	private Times() {
	}

	static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
