package org.tandem.program.web;

import java.util.UUID;

import org.tandem.audit.Audited;
import org.tandem.program.PlaceForm;
import org.tandem.program.PlaceId;
import org.tandem.program.ProgramId;
import org.tandem.program.SuggestedPlace;
import org.tandem.program.SuggestedPlaces;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /programs/{id}/places}: the committee keeps the places the program suggests for
 * meetings. Plain forms; removing is a POST, so it works without JavaScript.
 */
@HtmlController
class PlaceController {

	private final SuggestedPlaces places;

	PlaceController(SuggestedPlaces places) {
		this.places = places;
	}

	@GetMapping("/programs/{id}/places")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		return render(me, id, PlaceForm.empty(), FormErrors.none(), model);
	}

	@Audited(value = "program.place.add", target = "program {id}")
	@PostMapping("/programs/{id}/places")
	String add(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@ModelAttribute("form") PlaceForm form, Model model, RedirectAttributes redirect) {
		FormErrors errors;
		try {
			SuggestedPlace place = this.places.add(id, me, form);
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, place.name() + " was added.");
			return "redirect:/programs/" + id + "/places";
		}
		catch (InvalidInputException ex) {
			errors = FormErrors.of(ex.errors());
		}
		catch (ConflictException ex) {
			errors = FormErrors.none().with((ex.field() != null) ? ex.field() : "name", ex.getMessage());
		}
		return render(me, id, form, errors, model);
	}

	@Audited(value = "program.place.remove", target = "place {placeId} of program {id}")
	@PostMapping("/programs/{id}/places/{placeId}/delete")
	String remove(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable PlaceId placeId, RedirectAttributes redirect) {
		String name = this.places.remove(id, placeId.value(), me);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, name + " was removed.");
		return "redirect:/programs/" + id + "/places";
	}

	private String render(TandemPrincipal me, ProgramId id, PlaceForm form, FormErrors errors, Model model) {
		model.addAttribute("view", this.places.managed(id, me));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "program/places";
	}

}
