package org.tandem.document.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The form that comments on a version of a document. Length and characters are checked by
 * {@link org.tandem.document.Documents}, the same for the API.
 */
public record CommentForm(@NotBlank(message = "is required") @Nullable String body,
		@NotNull(message = "is required") @Nullable Integer version) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "CommentForm[version=" + this.version + "]";
	}

	public String bodyValue() {
		return (this.body != null) ? this.body : "";
	}

}
