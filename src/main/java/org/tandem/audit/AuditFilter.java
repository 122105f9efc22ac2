package org.tandem.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator searches the audit log for; every part is optional.
 *
 * @param actor the person who acted: their id or their email
 * @param action an action ({@code pairing.close}) or the start of one before a dot
 * ({@code pairing} finds {@code pairing.create} and {@code pairing.close})
 * @param from the first instant, included
 * @param to the instant the range ends, excluded
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable Instant from,
		@Nullable Instant to) {

	public AuditFilter {
		actor = blankToNull(actor);
		action = blankToNull(action);
	}

	/**
	 * The filter for whole days as the searcher reads them: {@code from} at its first
	 * moment, {@code to} up to its last, both in {@code zone}.
	 */
	public static AuditFilter days(@Nullable String actor, @Nullable String action, @Nullable LocalDate from,
			@Nullable LocalDate to, ZoneId zone) {
		return new AuditFilter(actor, action, (from != null) ? from.atStartOfDay(zone).toInstant() : null,
				(to != null) ? to.plusDays(1).atStartOfDay(zone).toInstant() : null);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
