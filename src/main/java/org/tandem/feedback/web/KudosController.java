package org.tandem.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.feedback.KudosBoard;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.Paging;
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
 * {@code /pairings/{id}/kudos}: the pair's kudos both ways and a form to give some. To
 * anyone outside the pair it does not exist.
 */
@HtmlController
class KudosController {

	static final int PAGE_SIZE = 20;

	private final KudosBoard kudos;

	private final People people;

	private final FormValidation validation;

	KudosController(KudosBoard kudos, People people, FormValidation validation) {
		this.kudos = kudos;
		this.people = people;
		this.validation = validation;
	}

	@GetMapping("/pairings/{id}/kudos")
	String list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestParam(required = false) @Nullable String page, Model model) {
		return render(me, id, Pager.pageNumber(page), KudosForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/pairings/{id}/kudos")
	String give(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@Valid @ModelAttribute("form") KudosForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				this.kudos.give(id, me, form.toDraft());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
						form.shared() ? "Your kudos are given, and shared with the program."
								: "Your kudos are given; only the two of you read them.");
				return "redirect:/pairings/" + id + "/kudos";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return render(me, id, 0, form, errors, model);
	}

	private String render(TandemPrincipal me, PairingId id, int page, KudosForm form, FormErrors errors, Model model) {
		KudosBoard.KudosPage found = this.kudos.list(id, me, new Paging(page, PAGE_SIZE));
		Pairing pairing = found.pairing();
		if (pairing.closed() && !errors.isEmpty()) {
			throw new ConflictException("This pairing is closed: it takes no more kudos.");
		}
		String partner = this.people.find(new PersonId(pairing.partnerOf(me.personId())))
			.map(Person::name)
			.orElse("your partner");
		model.addAttribute("view", new KudosPageView(id, pairing.closed(), me.personId(), partner,
				found.kudos().items(), found.kudos().total(), Pager.of(found.kudos(), "/pairings/" + id + "/kudos")));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "feedback/kudos";
	}

}
