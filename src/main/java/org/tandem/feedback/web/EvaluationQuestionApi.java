package org.tandem.feedback.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tandem.audit.Audited;
import org.tandem.feedback.EvaluationQuestionId;
import org.tandem.feedback.EvaluationQuestions;
import org.tandem.feedback.web.FeedbackJson.QuestionInput;
import org.tandem.feedback.web.FeedbackJson.QuestionOut;
import org.tandem.program.ProgramId;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program's evaluation questions in the JSON API: its participants read them, its
 * committee and administrators keep them. A plain array: a program asks at most
 * {@value EvaluationQuestions#MAX_QUESTIONS} questions.
 */
@RestController
@Tag(name = "Feedback")
class EvaluationQuestionApi {

	private final EvaluationQuestions questions;

	EvaluationQuestionApi(EvaluationQuestions questions) {
		this.questions = questions;
	}

	@GetMapping("/api/v1/programs/{id}/evaluation-questions")
	@Operation(summary = "A program's evaluation questions",
			description = "In the committee's order; retired questions are left out. kind: SCALE (1 to 5) or TEXT; "
					+ "appliesTo: MID, END or BOTH. Readable by whoever may read the program; 404 for anyone else.")
	List<QuestionOut> list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id) {
		return this.questions.of(id, me).stream().map(QuestionOut::of).toList();
	}

	@Audited(value = "evaluation.question.add", target = "program {id}")
	@PostMapping("/api/v1/programs/{id}/evaluation-questions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an evaluation question (committee or administrators)",
			description = "prompt (required, 500 characters), kind (SCALE or TEXT), appliesTo (MID, END or BOTH), "
					+ "required (default false). 403 for the program's participants, 404 for anyone who cannot see "
					+ "the program, 409 when the program asks " + EvaluationQuestions.MAX_QUESTIONS
					+ " questions already.")
	QuestionOut add(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestBody QuestionInput request) {
		return QuestionOut.of(this.questions.add(id, me, request.toDraft()));
	}

	@Audited(value = "evaluation.question.change", target = "question {questionId} of program {id}")
	@PatchMapping("/api/v1/programs/{id}/evaluation-questions/{questionId}")
	@Operation(summary = "Change an evaluation question (committee or administrators)",
			description = "Only the fields sent change; the kind cannot change (400). 404 for a retired question.")
	QuestionOut change(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable EvaluationQuestionId questionId, @RequestBody QuestionInput request) {
		return QuestionOut.of(this.questions.change(id, questionId, me, request.toDraft()));
	}

	@Audited(value = "evaluation.question.retire", target = "question {questionId} of program {id}")
	@DeleteMapping("/api/v1/programs/{id}/evaluation-questions/{questionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Retire an evaluation question (committee or administrators)",
			description = "No evaluation asks it from now on; answers given to it stay. 404 if it is retired already.")
	void retire(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable EvaluationQuestionId questionId) {
		this.questions.retire(id, questionId, me);
	}

}
