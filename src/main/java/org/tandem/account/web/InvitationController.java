package org.tandem.account.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.tandem.account.Accounts;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.UrlSecret;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /invitations/{token}}: the invited person sets their first password. The link
 * works once; an unknown, used or expired link gets a 404 page that says what to do.
 */
@HtmlController
class InvitationController {

	private final Accounts accounts;

	InvitationController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/invitations/{token}")
	String form(@PathVariable UrlSecret token, Model model, HttpServletResponse response) {
		noStore(response);
		if (this.accounts.invitedPerson(token.value()).isEmpty()) {
			return invalid(response);
		}
		return page(token, NewPasswordForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/invitations/{token}")
	String accept(@PathVariable UrlSecret token, @Valid @ModelAttribute("form") NewPasswordForm form,
			BindingResult binding, Model model, HttpServletResponse response) {
		noStore(response);
		if (this.accounts.invitedPerson(token.value()).isEmpty()) {
			return invalid(response);
		}
		FormErrors errors = FormErrors.of(binding);
		if (errors.isEmpty() && !form.password().equals(form.passwordRepeated())) {
			errors = errors.with("passwordRepeated", "must be the same as the password");
		}
		if (errors.isEmpty()) {
			try {
				Optional<UUID> person = this.accounts.acceptInvitation(token.value(), form.password());
				if (person.isEmpty()) {
					// Used up by a simultaneous request between the check above and now.
					return invalid(response);
				}
				return "redirect:/login?welcome";
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		return page(token, new NewPasswordForm("", ""), errors, model);
	}

	private static String page(UrlSecret token, NewPasswordForm form, FormErrors errors, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "account/invitation";
	}

	private static String invalid(HttpServletResponse response) {
		response.setStatus(HttpStatus.NOT_FOUND.value());
		return "account/invitationInvalid";
	}

	private static void noStore(HttpServletResponse response) {
		// The token is in the URL: never cache the page.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
