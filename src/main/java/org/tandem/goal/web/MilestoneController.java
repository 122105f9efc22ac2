package org.tandem.goal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.goal.Goal;
import org.tandem.goal.GoalChange;
import org.tandem.goal.GoalChange.MilestoneInput;
import org.tandem.goal.GoalId;
import org.tandem.goal.Goals;
import org.tandem.goal.Milestone;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A goal's milestones on its page: add one, mark one done or not done, remove one. Each
 * change applies to the list as the page showed it: if the goal changed meanwhile,
 * nothing changes and the page says so.
 */
@HtmlController
class MilestoneController {

	private static final String CHANGED_MEANWHILE = "This goal was changed meanwhile, perhaps by your partner, "
			+ "so nothing was changed. Here it is as it is now.";

	private final Goals goals;

	private final GoalPages pages;

	private final FormValidation validation;

	MilestoneController(Goals goals, GoalPages pages, FormValidation validation) {
		this.goals = goals;
		this.pages = pages;
		this.validation = validation;
	}

	@PostMapping("/goals/{id}/milestones")
	String addMilestone(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@Valid @ModelAttribute("form") MilestoneForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Goals.Reading reading = this.goals.find(id, me);
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty() && form.title() != null) {
			List<Milestone> milestones = new ArrayList<>(reading.goal().milestones());
			milestones.add(new Milestone(form.title(), false));
			try {
				// added to the list as it is now, whatever changed since the page was
				// shown
				return saveMilestones(me, id, milestones, reading.goal().version(), "The milestone is added.",
						redirect);
			}
			catch (InvalidInputException ex) {
				// too many milestones, or a title the rules refuse: said at the field
				errors = FormErrors.none().with("title", ex.errors().get(0).message());
			}
		}
		model.addAttribute("milestone", form);
		model.addAttribute("milestoneErrors", errors);
		return this.pages.goal(me, reading, 0, model);
	}

	@PostMapping("/goals/{id}/milestones/toggle")
	String toggleMilestone(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@Valid @ModelAttribute("form") MilestoneAction action, BindingResult binding, RedirectAttributes redirect) {
		return editMilestone(me, id, action, binding, redirect, (milestones, index) -> {
			Milestone milestone = milestones.get(index);
			milestones.set(index, new Milestone(milestone.title(), !milestone.done()));
			return milestone.done() ? "The milestone is marked not done." : "The milestone is marked done.";
		});
	}

	@PostMapping("/goals/{id}/milestones/remove")
	String removeMilestone(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@Valid @ModelAttribute("form") MilestoneAction action, BindingResult binding, RedirectAttributes redirect) {
		return editMilestone(me, id, action, binding, redirect, (milestones, index) -> {
			milestones.remove((int) index);
			return "The milestone is removed.";
		});
	}

	/**
	 * Applies a change to one milestone of the list as the page showed it; if the goal
	 * has changed since, nothing is changed and the page says so.
	 */
	private String editMilestone(TandemPrincipal me, GoalId id, MilestoneAction action, BindingResult binding,
			RedirectAttributes redirect, BiFunction<List<Milestone>, Integer, String> edit) {
		Goal goal = this.goals.find(id, me).goal();
		Integer index = action.index();
		if (binding.hasErrors() || index == null || index < 0 || index >= goal.milestones().size()
				|| !Integer.valueOf(goal.version()).equals(action.version())) {
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, CHANGED_MEANWHILE);
			return "redirect:/goals/" + id + "#milestones";
		}
		List<Milestone> milestones = new ArrayList<>(goal.milestones());
		String done = edit.apply(milestones, index);
		return saveMilestones(me, id, milestones, action.version(), done, redirect);
	}

	private String saveMilestones(TandemPrincipal me, GoalId id, List<Milestone> milestones, @Nullable Integer version,
			String done, RedirectAttributes redirect) {
		List<@Nullable MilestoneInput> inputs = milestones.stream()
			.map((milestone) -> new MilestoneInput(milestone.title(), milestone.done()))
			.collect(Collectors.toList());
		try {
			this.goals.change(id, me, new GoalChange(null, null, null, false, null, null, inputs, version));
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, done);
		}
		catch (ConflictException ex) {
			if (!"version".equals(ex.field())) {
				throw ex;
			}
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, CHANGED_MEANWHILE);
		}
		return "redirect:/goals/" + id + "#milestones";
	}

}
