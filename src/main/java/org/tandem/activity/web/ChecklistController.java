package org.tandem.activity.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.tandem.activity.ActivityCounts;
import org.tandem.activity.ActivityId;
import org.tandem.activity.ChecklistItem;
import org.tandem.activity.PairActivities;
import org.tandem.pairing.PairingId;
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
 * {@code /pairings/{id}/activities}: the pair's checklist, one form per activity (done,
 * the day, a reflection only the two of them read). For anyone but the pair, the
 * committee included, the page does not exist.
 */
@HtmlController
class ChecklistController {

	private final PairActivities pairActivities;

	private final ActivityCounts counts;

	private final FormValidation validation;

	ChecklistController(PairActivities pairActivities, ActivityCounts counts, FormValidation validation) {
		this.pairActivities = pairActivities;
		this.counts = counts;
		this.validation = validation;
	}

	@GetMapping("/pairings/{id}/activities")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id, Model model) {
		return render(me, id, ChecklistView.Failed.NONE, model);
	}

	@PostMapping("/pairings/{id}/activities/{activityId}")
	String tick(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@PathVariable ActivityId activityId, @Valid @ModelAttribute("form") TickForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		// the pair only, before anything typed is judged
		this.pairActivities.of(id, me);
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				ChecklistItem saved = this.pairActivities.tick(id, activityId, me, form.toTick());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "“" + saved.activity().title() + "” is "
						+ (saved.done() ? "done (" + saved.doneOn() + ")." : "not done yet.") + " Saved.");
				String page = form.fromWorkspace() ? "/pairings/" + id : "/pairings/" + id + "/activities";
				return "redirect:" + page + "#activity-" + activityId;
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return render(me, id, new ChecklistView.Failed(activityId.value(), form, errors), model);
	}

	private String render(TandemPrincipal me, PairingId id, ChecklistView.Failed failed, Model model) {
		PairActivities.Checklist checklist = this.pairActivities.of(id, me);
		ActivityCounts.Count count = this.counts.of(List.of(id)).get().getOrDefault(id, ActivityCounts.Count.NONE);
		model.addAttribute("view", new ChecklistView(checklist, count, failed));
		return "activity/checklistPage";
	}

}
