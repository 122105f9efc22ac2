package org.tandem.pairing.web;

import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.cadence.CadenceState;
import org.tandem.pairing.Pairings;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
import org.tandem.shared.web.FormValues;
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
 * The committee's overview of a program's pairings and the form that pairs a mentor and a
 * mentee. Filter and sort are query parameters of a plain GET form, so they work without
 * JavaScript.
 */
@HtmlController
class ProgramPairingsController {

	private static final Map<String, String> LABELS = Map.of("mentorId", "The mentor", "menteeId", "The mentee",
			"startedOn", "The start day");

	private final ProgramOverviews overviews;

	private final Pairings pairings;

	private final FormValidation validation;

	ProgramPairingsController(ProgramOverviews overviews, Pairings pairings, FormValidation validation) {
		this.overviews = overviews;
		this.pairings = pairings;
		this.validation = validation;
	}

	@GetMapping("/programs/{id}/pairings")
	String overview(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		model.addAttribute("overview", this.overviews.build(id, me, state(state), sort(sort),
				Math.max(0, (page == null) ? 0 : page), PairForm.empty(), FormValues.none(), FormErrors.none()));
		return "pairing/overview";
	}

	@Audited(value = "pairing.create", target = "program {id}")
	@PostMapping("/programs/{id}/pairings")
	String pair(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @ModelAttribute("form") PairForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				this.pairings.start(id, me, form.request());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The mentor and the mentee are paired.");
				return "redirect:/programs/" + id + "/pairings";
			}
			catch (InvalidInputException ex) {
				for (FieldError error : ex.errors()) {
					errors = errors.with(error.field(),
							LABELS.getOrDefault(error.field(), "This") + " " + error.message() + ".");
				}
			}
			catch (ConflictException ex) {
				errors = errors.with((ex.field() != null) ? ex.field() : "mentorId", ex.getMessage());
			}
		}
		model.addAttribute("overview",
				this.overviews.build(id, me, null, null, 0, form, FormValues.of(binding), errors));
		return "pairing/overview";
	}

	private static @Nullable CadenceState state(@Nullable String state) {
		for (CadenceState candidate : CadenceState.values()) {
			if (candidate.name().equals(state)) {
				return candidate;
			}
		}
		return null;
	}

	private static @Nullable String sort(@Nullable String sort) {
		return (sort != null && ProgramOverviews.SORTS.contains(sort)) ? sort : null;
	}

}
