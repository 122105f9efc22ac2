package org.tandem.feedback;

import org.jspecify.annotations.Nullable;

/**
 * Which evaluations ask a question: the mid-term one, the end-of-term one, or both.
 */
public enum QuestionScope {

	MID("Mid-term only"), END("End of term only"), BOTH("Both evaluations");

	private final String label;

	QuestionScope(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean includes(EvaluationKind kind) {
		return this == BOTH || name().equals(kind.name());
	}

	static @Nullable QuestionScope named(@Nullable String name) {
		for (QuestionScope scope : values()) {
			if (scope.name().equals(name)) {
				return scope;
			}
		}
		return null;
	}

}
