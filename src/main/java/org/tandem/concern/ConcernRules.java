package org.tandem.concern;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * The rules for a concern's texts: the body is required, both are at most
 * {@link Concern#MAX_LENGTH} characters, and neither carries control characters other
 * than line breaks and tabs.
 */
final class ConcernRules {

	private ConcernRules() {
	}

	/**
	 * The text to store, {@code null} for a blank optional one or a broken one (then a
	 * problem is added).
	 */
	static @Nullable String text(@Nullable String text, String field, boolean required, List<FieldError> problems) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.add(new FieldError(field, "is required"));
			}
			return null;
		}
		String stored = text.strip();
		if (stored.length() > Concern.MAX_LENGTH) {
			problems.add(new FieldError(field, "is longer than " + Concern.MAX_LENGTH + " characters"));
			return null;
		}
		if (stored.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			problems.add(new FieldError(field, "contains control characters"));
			return null;
		}
		return stored;
	}

}
