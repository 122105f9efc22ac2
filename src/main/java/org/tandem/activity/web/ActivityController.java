package org.tandem.activity.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.activity.Activities;
import org.tandem.activity.Activity;
import org.tandem.activity.ActivityId;
import org.tandem.audit.Audited;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /programs/{id}/activities}: the program's suggested activities. Whoever sees the
 * program reads them; its committee and administrators add, edit, reorder and retire
 * them, with plain forms that work without JavaScript.
 */
@HtmlController
class ActivityController {

	private final Activities activities;

	private final FormValidation validation;

	ActivityController(Activities activities, FormValidation validation) {
		this.activities = activities;
		this.validation = validation;
	}

	@GetMapping("/programs/{id}/activities")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		return render(me, id, ActivityForm.empty(), FormErrors.none(), null, model);
	}

	@Audited(value = "activity.add", target = "program {id}")
	@PostMapping("/programs/{id}/activities")
	String add(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @ModelAttribute("form") ActivityForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.activities.checkManaged(id, me);
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				Activity added = this.activities.add(id, me, form.toDraft());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "“" + added.title() + "” was added.");
				return "redirect:/programs/" + id + "/activities";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
			catch (ConflictException ex) {
				errors = FormErrors.none().with("title", ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return render(me, id, form, errors, null, model);
	}

	@Audited(value = "activity.change", target = "activity {activityId} of program {id}")
	@PostMapping("/programs/{id}/activities/{activityId}")
	String change(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable ActivityId activityId, @Valid @ModelAttribute("form") ActivityForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.activities.checkManaged(id, me);
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				Activity changed = this.activities.change(id, activityId, me, form.toDraft());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "“" + changed.title() + "” was saved.");
				return "redirect:/programs/" + id + "/activities#activity-" + activityId;
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("editing", new ActivityEdit(activityId, form, errors));
		return render(me, id, ActivityForm.empty(), FormErrors.none(), activityId, model);
	}

	@Audited(value = "activity.retire", target = "activity {activityId} of program {id}")
	@PostMapping("/programs/{id}/activities/{activityId}/retire")
	String retire(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable ActivityId activityId, RedirectAttributes redirect) {
		Activity retired = this.activities.retire(id, activityId, me);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
				"“" + retired.title() + "” is no longer suggested. Pairs that did it keep it on their checklist.");
		return "redirect:/programs/" + id + "/activities";
	}

	@Audited(value = "activity.move", target = "activity {activityId} of program {id}")
	@PostMapping("/programs/{id}/activities/{activityId}/move")
	String move(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable ActivityId activityId, @RequestParam(required = false) @Nullable String direction,
			RedirectAttributes redirect) {
		boolean up = !"down".equals(direction);
		Activity moved = this.activities.move(id, activityId, me, up);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
				"“" + moved.title() + "” was moved " + (up ? "up." : "down."));
		return "redirect:/programs/" + id + "/activities#activity-" + activityId;
	}

	private String render(TandemPrincipal me, ProgramId id, ActivityForm form, FormErrors errors,
			@Nullable ActivityId editing, Model model) {
		model.addAttribute("catalogue", this.activities.catalogue(id, me));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		if (editing == null) {
			model.addAttribute("editing", ActivityEdit.NONE);
		}
		return "activity/catalogue";
	}

}
