package org.tandem.note;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * What a note must look like, the same for the API and the pages. Messages never repeat
 * the text.
 */
final class NoteRules {

	static final int BODY_MAX = 20_000;

	private NoteRules() {
	}

	/**
	 * The problems of a draft: for a new note ({@code complete}) both fields are
	 * required; for a change, what is given must be valid. The body must not be blank, is
	 * at most {@value #BODY_MAX} characters (as stored) and has no control characters
	 * other than line breaks and tabs.
	 */
	static List<FieldError> check(NoteDraft draft, boolean complete) {
		List<FieldError> errors = new ArrayList<>();
		String body = draft.body();
		if (body == null || body.isBlank()) {
			if (complete || body != null) {
				errors.add(new FieldError("body", "is required"));
			}
		}
		else if (stored(body).length() > BODY_MAX) {
			errors.add(new FieldError("body", "must be at most " + BODY_MAX + " characters long"));
		}
		else if (body.chars().anyMatch(NoteRules::controlCharacter)) {
			errors.add(new FieldError("body", "must not contain control characters"));
		}
		String visibility = draft.visibility();
		if (visibility == null) {
			if (complete) {
				errors.add(new FieldError("visibility", "is required"));
			}
		}
		else if (NoteVisibility.named(visibility) == null) {
			errors.add(new FieldError("visibility", "must be PRIVATE or PAIR"));
		}
		return errors;
	}

	/**
	 * The body as stored: line breaks as {@code \n}, without blank lines before and
	 * trailing white space after (indentation of the first line is Markdown and stays).
	 */
	static String stored(String body) {
		return body.replace("\r\n", "\n").replace('\r', '\n').replaceFirst("^(?:[ \\t]*\\n)+", "").stripTrailing();
	}

	private static boolean controlCharacter(int c) {
		return Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
	}

}
