package org.tandem.feedback;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * What the words of feedback must look like, the same for the API and the pages. Messages
 * never repeat the text.
 */
final class FeedbackRules {

	static final int COMMENT_MAX = 2000;

	static final int ANSWER_MAX = 5000;

	private FeedbackRules() {
	}

	/**
	 * A problem of a text, if any: required or not, at most {@code max} characters as
	 * stored, no control characters but line breaks and tabs.
	 */
	static @Nullable FieldError text(String field, @Nullable String text, boolean required, int max) {
		String stored = stored(text);
		if (stored == null) {
			return required ? new FieldError(field, "is required") : null;
		}
		if (stored.length() > max) {
			return new FieldError(field, "must be at most " + max + " characters long");
		}
		if (stored.chars().anyMatch(FeedbackRules::controlCharacter)) {
			return new FieldError(field, "must not contain control characters");
		}
		return null;
	}

	/** A scale value's problem, if any: a whole number from 1 to 5. */
	static @Nullable FieldError scale(String field, @Nullable Integer value, boolean required) {
		if (value == null) {
			return required ? new FieldError(field, "is required") : null;
		}
		if (value < 1 || value > 5) {
			return new FieldError(field, "must be a whole number from 1 to 5");
		}
		return null;
	}

	/**
	 * The text as stored: line breaks as {@code \n}, without surrounding white space;
	 * {@code null} when blank.
	 */
	static @Nullable String stored(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

	static void add(List<FieldError> problems, @Nullable FieldError problem) {
		if (problem != null) {
			problems.add(problem);
		}
	}

	private static boolean controlCharacter(int c) {
		return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
	}

}
