package org.tandem.message;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException;

/**
 * What a message must look like, the same for the API and the pages. Errors never repeat
 * the text.
 */
final class MessageRules {

	static final int BODY_MAX = 10_000;

	private MessageRules() {
	}

	/**
	 * The body as stored: not blank, line breaks as {@code \n}, without blank lines
	 * before and trailing white space after, at most {@value #BODY_MAX} characters, no
	 * control characters other than line breaks and tabs.
	 * @throws InvalidInputException for field {@code body} otherwise
	 */
	static String valid(@Nullable String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", "is required");
		}
		String stored = body.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replaceFirst("^(?:[ \\t]*\\n)+", "")
			.stripTrailing();
		if (stored.length() > BODY_MAX) {
			throw new InvalidInputException("body", "must be at most " + BODY_MAX + " characters long");
		}
		if (stored.chars().anyMatch(MessageRules::controlCharacter)) {
			throw new InvalidInputException("body", "must not contain control characters");
		}
		return stored;
	}

	private static boolean controlCharacter(int c) {
		return Character.isISOControl(c) && c != '\n' && c != '\t';
	}

}
