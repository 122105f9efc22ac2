package org.tandem.health.web;

import jakarta.validation.Valid;
import org.tandem.audit.Audited;
import org.tandem.health.HealthFilter;
import org.tandem.health.HealthReports;
import org.tandem.health.Nudges;
import org.tandem.health.ProgramHealth;
import org.tandem.pairing.PairingId;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValues;
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
 * {@code /programs/{id}/health}: the committee's picture of a program, metadata only,
 * filtered by period and department through a plain GET form; and the one-click nudge of
 * a pair at risk.
 */
@HtmlController
class HealthController {

	private final HealthReports reports;

	private final Nudges nudges;

	private final FigureSections figures;

	HealthController(HealthReports reports, Nudges nudges, FigureSections figures) {
		this.reports = reports;
		this.nudges = nudges;
		this.figures = figures;
	}

	/**
	 * The page as a committee member opens it, with none of the filters: no form to bind.
	 * Spring binds a record form through its constructor and reads the constructor's
	 * parameter annotations anew on every request, a tenth of this page's processor time
	 * (bench/README.md, section 2026-12-07, evening).
	 */
	@GetMapping(path = "/programs/{id}/health", params = { "!period", "!from", "!to", "!department" })
	String health(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		return page(this.reports.of(id, me, HealthFilter.WHOLE_PROGRAM), HealthFilterForm.NONE, FormValues.none(),
				FormErrors.none(), model);
	}

	@GetMapping("/programs/{id}/health")
	String filtered(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @ModelAttribute("form") HealthFilterForm form, BindingResult binding, Model model) {
		FormErrors errors = FormErrors.of(binding);
		ProgramHealth health = null;
		if (errors.isEmpty()) {
			try {
				health = this.reports.of(id, me, form.filter());
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		if (health == null) {
			health = this.reports.of(id, me, HealthFilter.WHOLE_PROGRAM);
		}
		return page(health, form, FormValues.of(binding), errors, model);
	}

	private String page(ProgramHealth health, HealthFilterForm form, FormValues values, FormErrors errors,
			Model model) {
		model.addAttribute("page", new HealthPage(health, form, values, errors, this.figures.of(health)));
		return "health/health";
	}

	@PostMapping("/pairings/{id}/nudge")
	@Audited(value = "pairing.nudge", target = "pairing {id}")
	String nudge(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id, RedirectAttributes redirect) {
		Nudges.Outcome outcome = this.nudges.nudge(id, me);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, outcome.sent()
				? "The pair is nudged: both have been told that the committee is checking in."
				: "This pair was nudged today already, so nothing was sent. You can nudge them again " + "tomorrow.");
		return "redirect:/programs/" + outcome.programId() + "/health#at-risk";
	}

}
