package org.tandem.feedback.web;

import org.jspecify.annotations.Nullable;
import org.tandem.feedback.EvaluationQuestion;
import org.tandem.feedback.EvaluationQuestionId;
import org.tandem.shared.web.FormErrors;

/**
 * The question whose edit form came back with errors, if any: its form shows what was
 * sent and the errors; every other question's form shows the question.
 */
public record QuestionEdit(@Nullable EvaluationQuestionId id, QuestionForm form, FormErrors errors) {

	static final QuestionEdit NONE = new QuestionEdit(null, QuestionForm.empty(), FormErrors.none());

	public boolean is(EvaluationQuestion question) {
		return question.id().equals(this.id);
	}

	public QuestionForm formFor(EvaluationQuestion question) {
		return is(question) ? this.form : QuestionForm.of(question);
	}

	public FormErrors errorsFor(EvaluationQuestion question) {
		return is(question) ? this.errors : FormErrors.none();
	}

}
