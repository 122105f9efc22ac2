package org.tandem.agreement.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.agreement.Agreement;
import org.tandem.agreement.AgreementTerms;
import org.tandem.agreement.Agreements;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Role;
import org.tandem.resource.Moment;
import org.tandem.resource.Tips;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;

import org.springframework.http.HttpStatus;
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
 * {@code /pairings/{id}/agreement}: the pair writes and acknowledges its agreement; the
 * committee sees only who acknowledged it.
 */
@HtmlController
class AgreementController {

	private final Agreements agreements;

	private final People people;

	private final Tips tips;

	AgreementController(Agreements agreements, People people, Tips tips) {
		this.agreements = agreements;
		this.people = people;
		this.tips = tips;
	}

	@GetMapping("/pairings/{id}/agreement")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id, Model model) {
		Agreements.Reading reading = this.agreements.read(id, me);
		return render(me, reading, null, FormErrors.none(), null, model);
	}

	@PostMapping("/pairings/{id}/agreement")
	String save(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@Valid @ModelAttribute("form") AgreementForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (binding.hasErrors()) {
			return render(me, this.agreements.read(id, me), form, FormErrors.of(binding), null, model);
		}
		try {
			Agreement before = this.agreements.read(id, me).agreement();
			Agreement saved = this.agreements.save(id, me, form.toDraft());
			boolean changed = before == null || before.version() != saved.version();
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, changed
					? "The agreement is saved. Both of you now acknowledge this version." : "Nothing had changed.");
			return "redirect:/pairings/" + id + "/agreement";
		}
		catch (InvalidInputException ex) {
			return render(me, this.agreements.read(id, me), form, FormErrors.of(ex.errors()), null, model);
		}
		catch (ConflictException ex) {
			return conflict(me, id, form, ex, model, response);
		}
	}

	@PostMapping("/pairings/{id}/agreement/acknowledgements")
	String acknowledge(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestParam(required = false) @Nullable Integer version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			this.agreements.acknowledge(id, me, version);
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "You acknowledged the agreement.");
			return "redirect:/pairings/" + id + "/agreement";
		}
		catch (ConflictException ex) {
			return conflict(me, id, null, ex, model, response);
		}
	}

	/**
	 * A refused change is answered with 409 and the page, saying why, with what was typed
	 * still in the form.
	 */
	private String conflict(TandemPrincipal me, PairingId id, @Nullable AgreementForm form, ConflictException ex,
			Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		return render(me, this.agreements.read(id, me), form, FormErrors.none(), ex.getMessage(), model);
	}

	private String render(TandemPrincipal me, Agreements.Reading reading, @Nullable AgreementForm typed,
			FormErrors errors, @Nullable String message, Model model) {
		Pairing pairing = reading.pairing();
		Map<UUID, String> names = this.people.findAll(List.of(pairing.mentorId(), pairing.menteeId()))
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Person::name, (a, b) -> a));
		Agreement agreement = reading.agreement();
		AgreementTerms saved = (agreement != null) ? agreement.terms() : null;
		int version = (agreement != null) ? agreement.version() : 0;
		AgreementForm form = (!reading.member()) ? AgreementForm.of(AgreementTerms.empty(), null)
				: (typed != null) ? typed : AgreementForm.of((saved != null) ? saved : AgreementTerms.empty(), version);
		model.addAttribute("view",
				new AgreementPage(pairing.id().value(), name(names, pairing.mentorId()),
						name(names, pairing.menteeId()), reading.member(), pairing.closed(), reading.status(), saved,
						form, pairing.mentorId().equals(me.personId()), message));
		model.addAttribute("errors", errors);
		// while the pair still works on its agreement, the program's tip on expectations
		if (reading.member() && !pairing.closed() && !reading.status().acknowledged()) {
			Role role = pairing.mentorId().equals(me.personId()) ? Role.MENTOR : Role.MENTEE;
			this.tips.at(pairing.programId(), Moment.AGREEMENT, role)
				.get()
				.ifPresent((tip) -> model.addAttribute("tip", tip));
		}
		return "agreement/agreement";
	}

	private static String name(Map<UUID, String> names, UUID id) {
		return names.getOrDefault(id, "Someone no longer in Tandem");
	}

}
