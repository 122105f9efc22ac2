package org.tandem.person.web;

import java.time.ZoneId;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonAccess;
import org.tandem.person.PersonId;
import org.tandem.person.Registration;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of one person: adding someone, their profile, {@code /me}, and disabling or
 * re-enabling them.
 */
@HtmlController
class PersonController {

	static final String NO_SUCH_PERSON = "No such person.";

	private final People people;

	private final PersonAccess access;

	PersonController(People people, PersonAccess access) {
		this.people = people;
		this.access = access;
	}

	@GetMapping("/people/new")
	String newPerson(@AuthenticationPrincipal TandemPrincipal me, Model model) {
		this.access.requireManager(me);
		model.addAttribute("form", NewPersonForm.empty());
		model.addAttribute("errors", FormErrors.none());
		return "person/new";
	}

	@Audited("person.create")
	@PostMapping("/people")
	String create(@AuthenticationPrincipal TandemPrincipal me, @Valid @ModelAttribute("form") NewPersonForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		this.access.requireManager(me);
		if (binding.hasErrors()) {
			return newPersonAgain(form, FormErrors.of(binding), model);
		}
		try {
			Registration registration = this.people.register(form.email(), form.name(), form.passwordOrNull(),
					me.personId(), me.admin());
			String url = registration.invitationUrl();
			if (url != null) {
				// shown once in this response, never kept in the session as a flash would
				// be
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				model.addAttribute("invitationUrl", url);
				return show(me, registration.person(), zone(registration.person()), model);
			}
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
					registration.person().name() + " was added." + (form.passwordOrNull() == null
							? " Tandem emailed them an invitation to choose a password." : ""));
			return "redirect:/people/" + registration.person().id();
		}
		catch (InvalidInputException ex) {
			return newPersonAgain(form, FormErrors.of(ex.errors()), model);
		}
		catch (ConflictException ex) {
			return newPersonAgain(form, FormErrors.none().with("email", "belongs to a person already in Tandem"),
					model);
		}
	}

	private static String newPersonAgain(NewPersonForm form, FormErrors errors, Model model) {
		model.addAttribute("errors", errors);
		model.addAttribute("form", form.withoutPassword());
		return "person/new";
	}

	@GetMapping("/people/{id}")
	String profile(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PersonId id, Model model) {
		Person person = readable(me, id);
		boolean card = this.access.view(me, id).orElse(PersonAccess.View.CARD) == PersonAccess.View.CARD;
		return show(me, person, card ? null : zone(person), model);
	}

	@GetMapping("/me")
	String me(@AuthenticationPrincipal TandemPrincipal me, Model model) {
		Person person = this.people.find(new PersonId(me.personId()))
			.orElseThrow(() -> new NotFoundException(NO_SUCH_PERSON));
		return show(me, person, zone(person), model);
	}

	/**
	 * @param timeZone the zone to show, {@code null} for a directory card, which shows no
	 * more than the card's fields
	 */
	private String show(TandemPrincipal me, Person person, @Nullable String timeZone, Model model) {
		PersonId supervisorId = person.supervisorId();
		@Nullable Person supervisor = (supervisorId != null) ? this.people.find(supervisorId).orElse(null) : null;
		boolean self = person.id().value().equals(me.personId());
		model.addAttribute("page", new ProfilePage(person, supervisor, timeZone, this.access.canEdit(me, person.id()),
				me.admin() && !self));
		return "person/profile";
	}

	@Audited(value = "person.disable", target = "person {id}")
	@PostMapping("/people/{id}/disable")
	String disable(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PersonId id,
			RedirectAttributes redirect) {
		Person person = adminTarget(me, id);
		this.people.disable(person.id());
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
				person.name() + " is disabled and has been signed out everywhere.");
		return "redirect:/people/" + person.id();
	}

	@Audited(value = "person.enable", target = "person {id}")
	@PostMapping("/people/{id}/enable")
	String enable(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PersonId id, RedirectAttributes redirect) {
		Person person = adminTarget(me, id);
		this.people.enable(person.id());
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, person.name() + " can sign in again.");
		return "redirect:/people/" + person.id();
	}

	/**
	 * Only administrators disable people, and never themselves: that would lock them out.
	 */
	private Person adminTarget(TandemPrincipal me, PersonId id) {
		Person person = readable(me, id);
		if (!me.admin() || person.id().value().equals(me.personId())) {
			throw new ForbiddenException("Administrators disable other people, never themselves.");
		}
		return person;
	}

	/**
	 * The person behind a path id, if the viewer may read them; otherwise a 404 that does
	 * not tell whether they exist.
	 */
	private Person readable(TandemPrincipal me, PersonId id) {
		return this.access.readable(me, id).orElseThrow(() -> new NotFoundException(NO_SUCH_PERSON));
	}

	private String zone(Person person) {
		ZoneId chosen = person.timeZone();
		return (chosen != null) ? chosen.getId() : this.people.defaultZone().getId() + " (Tandem's default)";
	}

}
