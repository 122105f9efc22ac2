package org.tandem.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.tandem.feedback.Pulses;
import org.tandem.meeting.MeetingId;
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
 * {@code /pairings/{id}/meetings/{meetingId}/pulse}: a member says how useful a held
 * meeting was, or reads what they said. To anyone outside the pair it does not exist.
 */
@HtmlController
class PulseController {

	private final Pulses pulses;

	private final FormValidation validation;

	PulseController(Pulses pulses, FormValidation validation) {
		this.pulses = pulses;
		this.validation = validation;
	}

	@GetMapping("/pairings/{id}/meetings/{meetingId}/pulse")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@PathVariable MeetingId meetingId, Model model) {
		return render(me, id, meetingId, PulseForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/pairings/{id}/meetings/{meetingId}/pulse")
	String give(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@PathVariable MeetingId meetingId, @Valid @ModelAttribute("form") PulseForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				this.pulses.give(id, meetingId, me, form.toDraft());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Thank you: your answer is saved.");
				return "redirect:/pairings/" + id + "/meetings/" + meetingId + "/pulse";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return render(me, id, meetingId, form, errors, model);
	}

	private String render(TandemPrincipal me, PairingId id, MeetingId meetingId, PulseForm form, FormErrors errors,
			Model model) {
		model.addAttribute("view", this.pulses.view(id, meetingId, me));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "feedback/pulse";
	}

}
