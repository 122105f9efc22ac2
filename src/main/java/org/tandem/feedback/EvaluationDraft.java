package org.tandem.feedback;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An evaluation as the API or the form sends it: its kind, and answers by question id, an
 * integer 1 to 5 for a scale question, words for a text question.
 */
public record EvaluationDraft(@Nullable String kind, @Nullable Map<String, @Nullable Object> answers) {

	@Override
	public String toString() {
		// keeps the confidential answers out of logs
		return "EvaluationDraft[kind=" + this.kind + "]";
	}

}
