package org.tandem.feedback;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.program.ProgramId;

/**
 * A question of a program's evaluations, in the committee's words.
 *
 * @param appliesTo which evaluations ask it
 * @param required whether an evaluation without an answer to it is refused
 * @param retiredAt when it stopped being asked; its answers stay
 */
public record EvaluationQuestion(EvaluationQuestionId id, ProgramId programId, String prompt, QuestionKind kind,
		QuestionScope appliesTo, boolean required, int position, @Nullable Instant retiredAt) {

	public static final int MAX_PROMPT_LENGTH = 500;

	public boolean askedIn(EvaluationKind evaluation) {
		return this.retiredAt == null && this.appliesTo.includes(evaluation);
	}

	EvaluationQuestion changed(String prompt, QuestionScope appliesTo, boolean required) {
		return new EvaluationQuestion(this.id, this.programId, prompt, this.kind, appliesTo, required, this.position,
				this.retiredAt);
	}

	EvaluationQuestion retire(Instant now) {
		return new EvaluationQuestion(this.id, this.programId, this.prompt, this.kind, this.appliesTo, this.required,
				this.position, now);
	}

}
