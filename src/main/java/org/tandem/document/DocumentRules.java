package org.tandem.document;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * What an upload's title and a comment must look like, the same for the API and the
 * pages. Messages never repeat the text.
 */
final class DocumentRules {

	static final int TITLE_MAX = 200;

	static final int FILE_NAME_MAX = 255;

	static final int COMMENT_MAX = 5_000;

	private DocumentRules() {
	}

	/**
	 * The title to store: the one given, or else the file's name without its extension,
	 * or else a neutral one.
	 * @throws InvalidInputException if a given title is too long or has control
	 * characters
	 */
	static String title(@Nullable String title, @Nullable String fileName) {
		if (title != null && !title.isBlank()) {
			String stripped = title.strip();
			List<FieldError> errors = new ArrayList<>();
			if (stripped.length() > TITLE_MAX) {
				errors.add(new FieldError("title", "must be at most " + TITLE_MAX + " characters long"));
			}
			else if (stripped.chars().anyMatch(Character::isISOControl)) {
				errors.add(new FieldError("title", "must not contain control characters"));
			}
			if (!errors.isEmpty()) {
				throw new InvalidInputException(errors);
			}
			return stripped;
		}
		String name = fileName(fileName);
		int dot = name.lastIndexOf('.');
		String base = ((dot > 0) ? name.substring(0, dot) : name).strip();
		if (base.length() > TITLE_MAX) {
			base = base.substring(0, TITLE_MAX).strip();
		}
		return base.isEmpty() ? "Untitled document" : base;
	}

	/**
	 * The uploaded name as stored: without any folder a browser sent along and without
	 * control characters, at most {@value #FILE_NAME_MAX} characters.
	 */
	static String fileName(@Nullable String name) {
		if (name == null) {
			return "";
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		last.codePoints().filter((c) -> !Character.isISOControl(c)).forEach(clean::appendCodePoint);
		String stored = clean.toString().strip();
		return (stored.length() > FILE_NAME_MAX) ? stored.substring(0, FILE_NAME_MAX) : stored;
	}

	/**
	 * A comment's body as stored.
	 * @throws InvalidInputException if it is blank, too long or has control characters
	 * other than line breaks and tabs
	 */
	static String comment(@Nullable String body) {
		String field = "body";
		if (body == null || body.isBlank()) {
			throw new InvalidInputException(List.of(new FieldError(field, "is required")));
		}
		String stored = body.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (stored.length() > COMMENT_MAX) {
			throw new InvalidInputException(
					List.of(new FieldError(field, "must be at most " + COMMENT_MAX + " characters long")));
		}
		if (stored.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
			throw new InvalidInputException(List.of(new FieldError(field, "must not contain control characters")));
		}
		return stored;
	}

}
