package org.tandem.feedback;

import org.jspecify.annotations.Nullable;

/**
 * When in the program's term an evaluation is asked for: at its middle or at its end.
 */
public enum EvaluationKind {

	MID("Mid-term evaluation"), END("End-of-term evaluation");

	private final String label;

	EvaluationKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The kind of this name, or {@code null}. */
	static @Nullable EvaluationKind named(@Nullable String name) {
		for (EvaluationKind kind : values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

}
