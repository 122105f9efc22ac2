package org.tandem.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A token as its owner sees it in the list: never the secret itself. Public because the
 * settings page template renders it (its days in the viewer's zone).
 */
public record ApiTokenView(TokenId id, String name, Instant createdAt, Instant expiresAt,
		@Nullable Instant lastUsedAt) {

}
