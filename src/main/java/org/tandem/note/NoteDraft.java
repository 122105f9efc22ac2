package org.tandem.note;

import org.jspecify.annotations.Nullable;

/**
 * A note's text and visibility as a person sent them, not yet checked. A new note needs
 * both; a change leaves what is omitted as it is.
 *
 * @param body Markdown, at most {@value NoteRules#BODY_MAX} characters
 * @param visibility {@code PRIVATE} or {@code PAIR}
 */
public record NoteDraft(@Nullable String body, @Nullable String visibility) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "NoteDraft[visibility=" + this.visibility + "]";
	}

}
