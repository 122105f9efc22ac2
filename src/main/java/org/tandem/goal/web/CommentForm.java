package org.tandem.goal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The goal page's form to comment on the goal.
 */
public record CommentForm(@NotBlank(message = "must not be blank") @Size(max = 5000,
		message = "must be at most 5000 characters") @Nullable String body) {

	@Override
	public String toString() {
		return "CommentForm[]";
	}

	static CommentForm empty() {
		return new CommentForm(null);
	}

}
