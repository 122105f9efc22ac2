package org.tandem.message.web;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/**
 * The form that sends a message. Its length and characters are checked by
 * {@link org.tandem.message.Messages}, the same for the API.
 */
public record MessageForm(@NotBlank(message = "is required") @Nullable String body) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "MessageForm[]";
	}

	static MessageForm empty() {
		return new MessageForm("");
	}

	public String bodyValue() {
		return (this.body != null) ? this.body : "";
	}

}
