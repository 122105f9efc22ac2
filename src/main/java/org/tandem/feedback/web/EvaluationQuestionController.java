package org.tandem.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.tandem.audit.Audited;
import org.tandem.feedback.EvaluationQuestion;
import org.tandem.feedback.EvaluationQuestionId;
import org.tandem.feedback.EvaluationQuestions;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /programs/{id}/evaluation-questions}: the program's evaluation questions.
 * Whoever sees the program reads them; its committee and administrators add, edit and
 * retire them.
 */
@HtmlController
class EvaluationQuestionController {

	private final EvaluationQuestions questions;

	private final FormValidation validation;

	EvaluationQuestionController(EvaluationQuestions questions, FormValidation validation) {
		this.questions = questions;
		this.validation = validation;
	}

	@GetMapping("/programs/{id}/evaluation-questions")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		return render(me, id, QuestionForm.empty(), FormErrors.none(), QuestionEdit.NONE, model);
	}

	@Audited(value = "evaluation.question.add", target = "program {id}")
	@PostMapping("/programs/{id}/evaluation-questions")
	String add(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @ModelAttribute("form") QuestionForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.questions.checkManaged(id, me);
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				this.questions.add(id, me, form.toNewDraft());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The question was added.");
				return "redirect:/programs/" + id + "/evaluation-questions";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
			catch (ConflictException ex) {
				errors = FormErrors.none().with("prompt", ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return render(me, id, form, errors, QuestionEdit.NONE, model);
	}

	@Audited(value = "evaluation.question.change", target = "question {questionId} of program {id}")
	@PostMapping("/programs/{id}/evaluation-questions/{questionId}")
	String change(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable EvaluationQuestionId questionId, @Valid @ModelAttribute("form") QuestionForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.questions.checkManaged(id, me);
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				this.questions.change(id, questionId, me, form.toChange());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The question was saved.");
				return "redirect:/programs/" + id + "/evaluation-questions#question-" + questionId;
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return render(me, id, QuestionForm.empty(), FormErrors.none(), new QuestionEdit(questionId, form, errors),
				model);
	}

	@Audited(value = "evaluation.question.retire", target = "question {questionId} of program {id}")
	@PostMapping("/programs/{id}/evaluation-questions/{questionId}/retire")
	String retire(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable EvaluationQuestionId questionId, RedirectAttributes redirect) {
		EvaluationQuestion retired = this.questions.retire(id, questionId, me);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
				"“" + retired.prompt() + "” is no longer asked. Answers given to it stay.");
		return "redirect:/programs/" + id + "/evaluation-questions";
	}

	private String render(TandemPrincipal me, ProgramId id, QuestionForm form, FormErrors errors, QuestionEdit editing,
			Model model) {
		model.addAttribute("catalogue", this.questions.catalogue(id, me));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editing", editing);
		return "feedback/questions";
	}

}
