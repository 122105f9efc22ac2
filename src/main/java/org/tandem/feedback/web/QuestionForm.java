package org.tandem.feedback.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tandem.feedback.EvaluationQuestion;
import org.tandem.feedback.QuestionDraft;
import org.tandem.feedback.QuestionKind;
import org.tandem.feedback.QuestionScope;

/**
 * The questions page's form that adds a question or changes one (whose kind is fixed: the
 * edit form sends none).
 */
public record QuestionForm(
		@NotBlank(message = "is required") @Size(max = EvaluationQuestion.MAX_PROMPT_LENGTH,
				message = "must be at most " + EvaluationQuestion.MAX_PROMPT_LENGTH
						+ " characters") @Nullable String prompt,
		@Nullable QuestionKind kind, @NotNull(message = "is required") @Nullable QuestionScope appliesTo,
		@Nullable Boolean required) {

	static QuestionForm empty() {
		return new QuestionForm(null, QuestionKind.SCALE, QuestionScope.BOTH, false);
	}

	static QuestionForm of(EvaluationQuestion question) {
		return new QuestionForm(question.prompt(), question.kind(), question.appliesTo(), question.required());
	}

	public String promptValue() {
		return (this.prompt != null) ? this.prompt : "";
	}

	public boolean isRequired() {
		return Boolean.TRUE.equals(this.required);
	}

	/** A new question: its kind defaults to a scale. */
	QuestionDraft toNewDraft() {
		return new QuestionDraft(this.prompt, ((this.kind != null) ? this.kind : QuestionKind.SCALE).name(),
				(this.appliesTo != null) ? this.appliesTo.name() : null, isRequired());
	}

	/** A change: the kind stays. */
	QuestionDraft toChange() {
		return new QuestionDraft(this.prompt, null, (this.appliesTo != null) ? this.appliesTo.name() : null,
				isRequired());
	}

}
