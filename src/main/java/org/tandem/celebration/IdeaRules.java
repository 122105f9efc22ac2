package org.tandem.celebration;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * What an idea must look like, the same for the API and the pages.
 */
final class IdeaRules {

	private IdeaRules() {
	}

	static List<FieldError> check(NewIdea idea) {
		List<FieldError> errors = new ArrayList<>();
		String title = stored(idea.title());
		if (title == null) {
			errors.add(new FieldError("title", "is required"));
		}
		else if (title.length() > Idea.MAX_TITLE_LENGTH) {
			errors.add(new FieldError("title", "must be at most " + Idea.MAX_TITLE_LENGTH + " characters"));
		}
		String body = stored(idea.body());
		if (body != null && body.length() > Idea.MAX_BODY_LENGTH) {
			errors.add(new FieldError("body", "must be at most " + Idea.MAX_BODY_LENGTH + " characters"));
		}
		return errors;
	}

	static @Nullable String stored(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
