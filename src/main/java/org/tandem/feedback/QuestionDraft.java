package org.tandem.feedback;

import org.jspecify.annotations.Nullable;

/**
 * A new question or a change to one, as the API or a form sends it; a {@code null} field
 * of a change stays as it is. The kind of a question is fixed once it exists.
 */
public record QuestionDraft(@Nullable String prompt, @Nullable String kind, @Nullable String appliesTo,
		@Nullable Boolean required) {

}
