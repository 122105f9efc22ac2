package org.tandem.cadence.web;

import java.util.List;

import jakarta.validation.Valid;
import org.tandem.cadence.Absence;
import org.tandem.cadence.AbsenceId;
import org.tandem.cadence.Absences;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.Paging;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /me/absences}: a person lists, announces and withdraws their own absences, with
 * their private notes.
 */
@HtmlController
class AbsenceController {

	/** The page lists the latest absences only; older ones remain in the API. */
	static final int SHOWN = 100;

	private final Absences absences;

	private final FormValidation validation;

	AbsenceController(Absences absences, FormValidation validation) {
		this.absences = absences;
		this.validation = validation;
	}

	@GetMapping("/me/absences")
	String list(@AuthenticationPrincipal TandemPrincipal me, Model model) {
		return page(me, AbsenceForm.empty(), FormValues.none(), FormErrors.none(), model);
	}

	@PostMapping("/me/absences")
	String announce(@AuthenticationPrincipal TandemPrincipal me, @Valid @ModelAttribute("form") AbsenceForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				Absence stored = this.absences.announce(me.personId(), form.from(), form.to(), form.note());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
						"Your absence from " + stored.from() + " to " + stored.to() + " is saved.");
				return "redirect:/me/absences";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		return page(me, form, FormValues.of(binding), errors, model);
	}

	@PostMapping("/me/absences/{id}/delete")
	String withdraw(@AuthenticationPrincipal TandemPrincipal me, @PathVariable AbsenceId id,
			RedirectAttributes redirect) {
		if (!this.absences.withdraw(me.personId(), id)) {
			throw new NotFoundException("No such absence.");
		}
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The absence is withdrawn.");
		return "redirect:/me/absences";
	}

	private String page(TandemPrincipal me, AbsenceForm form, FormValues values, FormErrors errors, Model model) {
		List<Absence> latest = this.absences.ofPerson(me.personId(), new Paging(0, SHOWN)).items();
		model.addAttribute("absences", latest);
		model.addAttribute("form", form);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "cadence/absences";
	}

}
