package org.tandem.resource;

import org.jspecify.annotations.Nullable;

/**
 * A new tip or the new version of one, as typed.
 */
public record TipDraft(@Nullable Audience audience, @Nullable Moment moment, @Nullable String title,
		@Nullable String body) {

}
