package org.tandem.feedback;

import org.jspecify.annotations.Nullable;

/**
 * Kudos as the API or the form sends them; they stay private to the pair unless
 * {@code shareWithProgram} is true.
 */
public record KudosDraft(@Nullable String body, @Nullable Boolean shareWithProgram) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "KudosDraft[shareWithProgram=" + this.shareWithProgram + "]";
	}

}
