package org.tandem.cadence;

import java.util.List;
import java.util.UUID;

import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /me/absences}: a person lists, announces and withdraws their own absences, with
 * their private notes.
 */
@HtmlController
class AbsencePageController {

	/** The page lists the latest absences only; older ones remain in the API. */
	static final int SHOWN = 100;

	private final Absences absences;

	AbsencePageController(Absences absences) {
		this.absences = absences;
	}

	@GetMapping("/me/absences")
	String list(@AuthenticationPrincipal TandemPrincipal me, Model model) {
		return page(me, AbsenceForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/me/absences")
	String announce(@AuthenticationPrincipal TandemPrincipal me, @ModelAttribute("form") AbsenceForm form, Model model,
			RedirectAttributes redirect) {
		FormErrors errors = FormErrors.none();
		if (!AbsenceForm.readable(form.from())) {
			errors = errors.with("from", "must be a date such as 2026-07-14");
		}
		if (!AbsenceForm.readable(form.to())) {
			errors = errors.with("to", "must be a date such as 2026-07-28");
		}
		if (errors.isEmpty()) {
			try {
				Absence stored = this.absences.announce(me.personId(), AbsenceForm.day(form.from()),
						AbsenceForm.day(form.to()), form.note());
				redirect.addFlashAttribute("flash",
						"Your absence from " + stored.from() + " to " + stored.to() + " is saved.");
				return "redirect:/me/absences";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		return page(me, form, errors, model);
	}

	@PostMapping("/me/absences/{id}/delete")
	String withdraw(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String id, RedirectAttributes redirect) {
		UUID absence = AbsenceAccess.parse(id).orElseThrow(AbsencePageController::notFound);
		if (!this.absences.withdraw(me.personId(), absence)) {
			throw notFound();
		}
		redirect.addFlashAttribute("flash", "The absence is withdrawn.");
		return "redirect:/me/absences";
	}

	private String page(TandemPrincipal me, AbsenceForm form, FormErrors errors, Model model) {
		List<Absence> latest = this.absences.ofPerson(me.personId(), new Paging(0, SHOWN)).items();
		model.addAttribute("absences", latest);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "cadence/absences";
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}

}
