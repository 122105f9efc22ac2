package org.tandem.setup.web;

import jakarta.validation.Valid;
import org.tandem.account.Accounts;
import org.tandem.setup.AdministratorSetup;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.UrlSecret;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The one-time setup page: the first visitor with the printed link creates the
 * administrator.
 */
@HtmlController
class SetupController {

	private final Accounts accounts;

	private final AdministratorSetup setup;

	SetupController(Accounts accounts, AdministratorSetup setup) {
		this.accounts = accounts;
		this.setup = setup;
	}

	@GetMapping("/setup/{token}")
	String form(@PathVariable UrlSecret token, Model model) {
		requireValid(token);
		model.addAttribute("form", SetupForm.empty());
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("token", token);
		return "setup/setup";
	}

	@PostMapping("/setup/{token}")
	String create(@PathVariable UrlSecret token, @Valid @ModelAttribute("form") SetupForm form, BindingResult binding,
			Model model) {
		requireValid(token);
		FormErrors errors = FormErrors.of(binding);
		if (!errors.has("password") && !errors.has("passwordRepeated")
				&& !form.password().equals(form.passwordRepeated())) {
			errors = errors.with("passwordRepeated", "must be the same as the password");
		}
		if (errors.isEmpty()) {
			try {
				this.setup.createAdministrator(token, form.name(), form.email(), form.password());
				return "redirect:/login?setup";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
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

	private void requireValid(UrlSecret token) {
		if (!this.accounts.setupLinkValid(token.value())) {
			throw new NotFoundException("This setup link is not valid.");
		}
	}

}
