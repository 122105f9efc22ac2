package org.tandem.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

/**
 * A token as its owner sees it in the list: never the secret itself. Public because the
 * settings page template renders it.
 */
public record ApiTokenView(TokenId id, String name, Instant createdAt, Instant expiresAt,
		@Nullable Instant lastUsedAt) {

	public LocalDate createdOn() {
		return LocalDate.ofInstant(this.createdAt, ZoneOffset.UTC);
	}

	public LocalDate expiresOn() {
		return LocalDate.ofInstant(this.expiresAt, ZoneOffset.UTC);
	}

	public @Nullable LocalDate lastUsedOn() {
		return this.lastUsedAt == null ? null : LocalDate.ofInstant(this.lastUsedAt, ZoneOffset.UTC);
	}

}
