package org.tandem.person.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonAccess;
import org.tandem.person.PersonId;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
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
 * The profile edit form, with the same rules as {@code PATCH /api/v1/people/{id}}.
 */
@HtmlController
class PersonEditController {

	private final People people;

	private final PersonAccess access;

	PersonEditController(People people, PersonAccess access) {
		this.people = people;
		this.access = access;
	}

	@GetMapping("/people/{id}/edit")
	String form(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PersonId id, Model model) {
		Person person = editable(me, id);
		PersonId supervisorId = person.supervisorId();
		@Nullable Person supervisor = (supervisorId != null) ? this.people.find(supervisorId).orElse(null) : null;
		return render(person, PersonForm.of(person, supervisor), FormErrors.none(), model);
	}

	@Audited(value = "person.update", target = "person {id}")
	@PostMapping("/people/{id}/edit")
	String save(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PersonId id,
			@Valid @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Person person = editable(me, id);
		if (binding.hasErrors()) {
			return render(person, form, FormErrors.of(binding), model);
		}
		String supervisorEmail = form.supervisorEmailOrNull();
		PersonId supervisor = null;
		if (supervisorEmail != null) {
			supervisor = this.people.findByEmail(supervisorEmail).map(Person::id).orElse(null);
			if (supervisor == null) {
				return render(person, form,
						FormErrors.none().with("supervisorEmail", "is not the email of a person in Tandem"), model);
			}
		}
		try {
			this.people.update(person.id(), form.toEdit(supervisor));
		}
		catch (InvalidInputException ex) {
			FormErrors errors = FormErrors.none();
			for (InvalidInputException.FieldError error : ex.errors()) {
				errors = errors.with(PersonForm.FIELD_NAMES.getOrDefault(error.field(), error.field()),
						error.message());
			}
			return render(person, form, errors, model);
		}
		catch (ConflictException ex) {
			return render(person, form, FormErrors.none().with("email", "belongs to another person in Tandem"), model);
		}
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The profile was saved.");
		return "redirect:/people/" + person.id();
	}

	private String render(Person person, PersonForm form, FormErrors errors, Model model) {
		model.addAttribute("person", person);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("defaultZone", this.people.defaultZone().getId());
		return "person/edit";
	}

	private Person editable(TandemPrincipal me, PersonId id) {
		Person person = this.access.readable(me, id)
			.orElseThrow(() -> new NotFoundException(PersonController.NO_SUCH_PERSON));
		if (!this.access.canEdit(me, person.id())) {
			throw new ForbiddenException("Only the person and administrators change a person.");
		}
		return person;
	}

}
