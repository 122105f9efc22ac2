package org.tandem.feedback;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.tandem.program.Program;
import org.tandem.program.ProgramAccess;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's evaluation questions. Whoever sees the program reads them; its committee
 * and administrators keep them. A retired question is no longer asked, and its answers
 * stay.
 */
@Service
public class EvaluationQuestions {

	/** The most questions a program asks at once. */
	public static final int MAX_QUESTIONS = 40;

	private final QuestionRepository questions;

	private final ProgramAccess access;

	private final Programs programs;

	private final Clock clock;

	EvaluationQuestions(QuestionRepository questions, ProgramAccess access, Programs programs, Clock clock) {
		this.questions = questions;
		this.access = access;
		this.programs = programs;
		this.clock = clock;
	}

	/**
	 * The questions the program asks now, in the committee's order.
	 * @throws NotFoundException if the caller may not see the program
	 */
	@Transactional(readOnly = true)
	public List<EvaluationQuestion> of(ProgramId id, TandemPrincipal me) {
		this.access.visible(id, me);
		return this.questions.active(id, MAX_QUESTIONS);
	}

	/**
	 * The questions as their page shows them, with whether the caller keeps them.
	 * @throws NotFoundException if the caller may not see the program
	 */
	@Transactional(readOnly = true)
	public Catalogue catalogue(ProgramId id, TandemPrincipal me) {
		ProgramAccess.View view = this.access.view(id, me);
		List<EvaluationQuestion> list = this.questions.active(id, MAX_QUESTIONS);
		return new Catalogue(view.program(), view.manages(), list, list.size() >= MAX_QUESTIONS);
	}

	/**
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 */
	public void checkManaged(ProgramId id, TandemPrincipal me) {
		this.access.managed(id, me);
	}

	/**
	 * Adds a question at the end.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 * @throws InvalidInputException naming every field at fault
	 * @throws ConflictException if the program asks {@link #MAX_QUESTIONS} already
	 */
	@Transactional
	public EvaluationQuestion add(ProgramId id, TandemPrincipal me, QuestionDraft draft) {
		this.access.managed(id, me);
		List<FieldError> problems = new ArrayList<>();
		FeedbackRules.add(problems,
				FeedbackRules.text("prompt", draft.prompt(), true, EvaluationQuestion.MAX_PROMPT_LENGTH));
		QuestionKind kind = QuestionKind.named(draft.kind());
		if (kind == null) {
			problems.add(new FieldError("kind", "must be SCALE or TEXT"));
		}
		QuestionScope scope = QuestionScope.named(draft.appliesTo());
		if (scope == null) {
			problems.add(new FieldError("appliesTo", "must be MID, END or BOTH"));
		}
		String prompt = FeedbackRules.stored(draft.prompt());
		if (!problems.isEmpty() || prompt == null || kind == null || scope == null) {
			throw new InvalidInputException(problems);
		}
		// one addition at a time per program, so that two cannot both pass the bound
		this.programs.lock(id);
		if (this.questions.countActive(id) >= MAX_QUESTIONS) {
			throw new ConflictException("prompt",
					"The program asks " + MAX_QUESTIONS + " questions already; retire one first.");
		}
		EvaluationQuestion question = new EvaluationQuestion(new EvaluationQuestionId(UUID.randomUUID()), id, prompt,
				kind, scope, Boolean.TRUE.equals(draft.required()), this.questions.nextPosition(id), null);
		this.questions.insert(question, this.clock.instant());
		return question;
	}

	/**
	 * Changes a question's prompt, the evaluations that ask it, or whether it is
	 * required. Its kind stays: answers given already must keep their meaning.
	 * @throws NotFoundException if the caller may not see the program, or it asks no such
	 * question (any more)
	 * @throws ForbiddenException if they do not manage it
	 * @throws InvalidInputException naming every field at fault
	 */
	@Transactional
	public EvaluationQuestion change(ProgramId id, EvaluationQuestionId questionId, TandemPrincipal me,
			QuestionDraft draft) {
		EvaluationQuestion question = managed(id, questionId, me);
		List<FieldError> problems = new ArrayList<>();
		if (draft.prompt() != null) {
			FeedbackRules.add(problems,
					FeedbackRules.text("prompt", draft.prompt(), true, EvaluationQuestion.MAX_PROMPT_LENGTH));
		}
		if (draft.kind() != null && !question.kind().name().equals(draft.kind())) {
			problems.add(new FieldError("kind", "cannot change: add a new question instead"));
		}
		QuestionScope scope = (draft.appliesTo() != null) ? QuestionScope.named(draft.appliesTo())
				: question.appliesTo();
		if (scope == null) {
			problems.add(new FieldError("appliesTo", "must be MID, END or BOTH"));
		}
		String prompt = (draft.prompt() != null) ? FeedbackRules.stored(draft.prompt()) : question.prompt();
		if (!problems.isEmpty() || prompt == null || scope == null) {
			throw new InvalidInputException(problems);
		}
		EvaluationQuestion changed = question.changed(prompt, scope,
				(draft.required() != null) ? draft.required() : question.required());
		this.questions.update(changed);
		return changed;
	}

	/**
	 * Retires a question: no evaluation asks it from now on; its answers stay.
	 * @throws NotFoundException if the caller may not see the program, or it asks no such
	 * question (any more)
	 * @throws ForbiddenException if they do not manage it
	 */
	@Transactional
	public EvaluationQuestion retire(ProgramId id, EvaluationQuestionId questionId, TandemPrincipal me) {
		EvaluationQuestion retired = managed(id, questionId, me).retire(this.clock.instant());
		this.questions.update(retired);
		return retired;
	}

	private EvaluationQuestion managed(ProgramId id, EvaluationQuestionId questionId, TandemPrincipal me) {
		this.access.managed(id, me);
		return this.questions.lockActive(id, questionId).orElseThrow(() -> new NotFoundException("No such question."));
	}

	/**
	 * The questions page's content.
	 *
	 * @param manages whether the caller keeps the questions
	 * @param full whether the program asks {@link #MAX_QUESTIONS} already
	 */
	public record Catalogue(Program program, boolean manages, List<EvaluationQuestion> questions, boolean full) {

	}

}
