package org.tandem.feedback.web;

import java.util.Map;

import org.tandem.feedback.Evaluation;
import org.tandem.feedback.EvaluationQuestion;
import org.tandem.feedback.Evaluations;

/**
 * What an evaluation's page shows: the questions with the viewer's answers once given, or
 * the form with what they typed when it needs correcting.
 */
public record EvaluationPageView(Evaluations.EvaluationForm form, Map<String, String> given) {

	public String href() {
		return "/pairings/" + this.form.pairing().id() + "/evaluations/" + this.form.kind().name();
	}

	public boolean answered() {
		return this.form.mine().isPresent();
	}

	/** What was typed for the question, or an empty string. */
	public String given(EvaluationQuestion question) {
		return this.given.getOrDefault(question.id().toString(), "");
	}

	/** The viewer's answer to the question, as a page shows it. */
	public String answer(EvaluationQuestion question) {
		Object value = this.form.mine().map(Evaluation::answers).map((a) -> a.get(question.id())).orElse(null);
		if (value == null) {
			return "No answer";
		}
		return (value instanceof Integer scale) ? scale + " out of 5" : value.toString();
	}

	/** The field name of the question's answer in the form. */
	public static String field(EvaluationQuestion question) {
		return "answers[" + question.id() + "]";
	}

	/**
	 * The key of the question's errors and the id of its (first) input: the field name,
	 * so that the error summary links to it.
	 */
	public static String key(EvaluationQuestion question) {
		return field(question);
	}

}
