package org.tandem.calendar.web;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The page {@code /settings/calendar}: whether the person has a feed (and since when),
 * and the URL of a feed just created, shown this once.
 */
public record CalendarSettingsPage(@Nullable Instant createdAt, @Nullable String newUrl) {

	public boolean hasFeed() {
		return this.createdAt != null;
	}

}
