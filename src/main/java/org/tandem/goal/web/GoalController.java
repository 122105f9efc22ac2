package org.tandem.goal.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.goal.Goal;
import org.tandem.goal.GoalId;
import org.tandem.goal.Goals;
import org.tandem.goal.PairGoals;
import org.tandem.pairing.PairingId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.Pager;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pair's goal pages: all goals of the pairing with a form to set one, and each goal
 * with its comments ({@link MilestoneController} changes its milestones). Only the mentor
 * and the mentee reach them; to anyone else they do not exist. Confirmations never repeat
 * the pair's text, because flash messages travel through the session store.
 */
@HtmlController
class GoalController {

	private final Goals goals;

	private final GoalPages pages;

	private final FormValidation validation;

	GoalController(Goals goals, GoalPages pages, FormValidation validation) {
		this.goals = goals;
		this.pages = pages;
		this.validation = validation;
	}

	@GetMapping("/pairings/{id}/goals")
	String board(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id, Model model) {
		return this.pages.board(me, this.goals.of(id, me).get(), NewGoalForm.empty(), FormErrors.none(), model);
	}

	/**
	 * Sets a goal; or, when a step idea's "Add as milestone" button sent the form, shows
	 * the form again with that milestone added and saves nothing.
	 */
	@PostMapping("/pairings/{id}/goals")
	String add(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@Valid @ModelAttribute("form") NewGoalForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		PairGoals pair = this.goals.of(id, me).get();
		if (form.addMilestone() != null && !form.addMilestone().isBlank()) {
			return this.pages.board(me, pair, form.withMilestone(form.addMilestone().strip()), FormErrors.none(),
					model);
		}
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			UUID owner = (form.owner() == OwnerChoice.PARTNER) ? pair.pairing().partnerOf(me.personId())
					: me.personId();
			try {
				Goal goal = this.goals.add(id, me, form.toNewGoal(owner));
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
						"The goal is set. Add its milestones here, and talk it over in the comments.");
				return "redirect:/goals/" + goal.id();
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
			catch (ConflictException ex) {
				errors = fieldConflict(ex);
			}
		}
		return this.pages.board(me, pair, form, errors, model);
	}

	@GetMapping("/goals/{id}")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@RequestParam(required = false) @Nullable String milestone,
			@RequestParam(required = false) @Nullable String page, Model model) {
		Goals.Reading reading = this.goals.find(id, me);
		// a step idea's link prefills the milestone field, to be made concrete
		String idea = (milestone != null && milestone.length() <= 200) ? milestone : null;
		model.addAttribute("milestone", new MilestoneForm(idea));
		return this.pages.goal(me, reading, Pager.pageNumber(page), model);
	}

	@PostMapping("/goals/{id}")
	String change(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@Valid @ModelAttribute("form") GoalForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				this.goals.change(id, me, form.toChange());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your changes to the goal are saved.");
				return "redirect:/goals/" + id;
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
			catch (ConflictException ex) {
				if (!"version".equals(ex.field())) {
					throw ex; // the pairing is closed: the error page says so
				}
				Goals.Reading now = this.goals.find(id, me);
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				model.addAttribute("notice", "This goal was changed meanwhile, perhaps by your partner. Above is "
						+ "how it is now; your changes are still in the form: save them again to replace it.");
				model.addAttribute("edit", new GoalForm(form.title(), form.description(), form.targetOn(),
						form.progress(), form.status(), now.goal().version()));
				return this.pages.goal(me, now, 0, model);
			}
		}
		model.addAttribute("edit", form);
		model.addAttribute("editErrors", errors);
		return this.pages.goal(me, this.goals.find(id, me), 0, model);
	}

	@PostMapping("/goals/{id}/comments")
	String comment(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@Valid @ModelAttribute("form") CommentForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				this.goals.comment(id, me, form.body());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your comment is added.");
				return "redirect:/goals/" + id + "#comments";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		model.addAttribute("comment", form);
		model.addAttribute("commentErrors", errors);
		return this.pages.goal(me, this.goals.find(id, me), 0, model);
	}

	private static FormErrors fieldConflict(ConflictException ex) {
		if (ex.field() == null) {
			throw ex; // the pairing is closed: the error page says so
		}
		return FormErrors.none().with(ex.field(), ex.getMessage());
	}

}
