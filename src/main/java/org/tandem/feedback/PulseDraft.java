package org.tandem.feedback;

import org.jspecify.annotations.Nullable;

/**
 * A pulse as the API or the form sends it.
 */
public record PulseDraft(@Nullable Integer usefulness, @Nullable String comment) {

	@Override
	public String toString() {
		// keeps the confidential comment out of logs
		return "PulseDraft[usefulness=" + this.usefulness + "]";
	}

}
