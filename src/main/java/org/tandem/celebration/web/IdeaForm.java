package org.tandem.celebration.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tandem.celebration.Idea;
import org.tandem.celebration.NewIdea;

/**
 * The form that posts an idea on the board.
 */
public record IdeaForm(
		@NotBlank(message = "is required") @Size(max = Idea.MAX_TITLE_LENGTH,
				message = "must be at most " + Idea.MAX_TITLE_LENGTH + " characters") @Nullable String title,
		@Size(max = Idea.MAX_BODY_LENGTH,
				message = "must be at most " + Idea.MAX_BODY_LENGTH + " characters") @Nullable String body) {

	static IdeaForm empty() {
		return new IdeaForm(null, null);
	}

	public String titleValue() {
		return (this.title != null) ? this.title : "";
	}

	public String bodyValue() {
		return (this.body != null) ? this.body : "";
	}

	NewIdea toNewIdea() {
		return new NewIdea(this.title, this.body);
	}

}
