package org.tandem.feedback;

import org.jspecify.annotations.Nullable;

/**
 * How a question is answered: on a scale of 1 to 5 (counted in the committee's
 * aggregates) or in words (the pair's, never shown to the committee).
 */
public enum QuestionKind {

	SCALE("A scale of 1 to 5"), TEXT("In words");

	private final String label;

	QuestionKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	static @Nullable QuestionKind named(@Nullable String name) {
		for (QuestionKind kind : values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

}
