package org.tandem.setup;

import jakarta.validation.Valid;
import org.tandem.account.Accounts;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.shared.web.ConflictException;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.InvalidInputException;

import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one-time setup page: the first visitor with the printed link creates the
 * administrator.
 */
@HtmlController
class SetupController {

	private final Accounts accounts;

	private final People people;

	SetupController(Accounts accounts, People people) {
		this.accounts = accounts;
		this.people = people;
	}

	@GetMapping("/setup/{token}")
	String form(@PathVariable String token, Model model) {
		requireValid(token);
		model.addAttribute("form", SetupForm.empty());
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("token", token);
		return "setup/setup";
	}

	@PostMapping("/setup/{token}")
	@Transactional
	String create(@PathVariable String token, @Valid @ModelAttribute("form") SetupForm form, BindingResult binding,
			Model model) {
		requireValid(token);
		FormErrors errors = FormErrors.of(binding);
		if (!form.password().equals(form.passwordRepeated())) {
			errors = errors.with("passwordRepeated", "must be the same as the password");
		}
		if (errors.isEmpty()) {
			try {
				this.accounts.checkPassword("password", form.password());
				Person admin = this.people.create(form.email(), form.name());
				this.accounts.setPassword(admin.id().value(), form.password());
				this.accounts.grantAdmin(admin.id().value());
				this.accounts.useSetupLink(token);
				return "redirect:/login?setup";
			}
			catch (InvalidInputException ex) {
				errors = errors.with(ex.errors().get(0).field(), ex.errors().get(0).message());
			}
			catch (ConflictException ex) {
				errors = errors.with("email", ex.getMessage());
			}
		}
		model.addAttribute("form", form.withoutPasswords());
		model.addAttribute("errors", errors);
		model.addAttribute("token", token);
		return "setup/setup";
	}

	private void requireValid(String token) {
		if (!this.accounts.setupLinkValid(token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
