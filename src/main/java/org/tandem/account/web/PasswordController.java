package org.tandem.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.tandem.account.Accounts;
import org.tandem.account.LoginThrottle;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /settings/password}: a person changes their own password. A changed password
 * ends every session and API token of the person, this one included, because whoever
 * might have learnt the old password must be shut out; the person then signs in again.
 * Wrong current passwords count as failed sign-ins, so this form cannot be used to guess.
 */
@HtmlController
class PasswordController {

	private final Accounts accounts;

	private final LoginThrottle throttle;

	PasswordController(Accounts accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@GetMapping("/settings/password")
	String form(Model model) {
		return page(FormErrors.none(), model);
	}

	@PostMapping("/settings/password")
	String change(@AuthenticationPrincipal TandemPrincipal me, @Valid @ModelAttribute("form") PasswordChangeForm form,
			BindingResult binding, Model model, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		FormErrors errors = FormErrors.of(binding);
		if (!errors.has("currentPassword")) {
			errors = checkCurrent(me, form.currentPassword(), request.getRemoteAddr(), errors);
		}
		if (!errors.has("newPassword")) {
			try {
				this.accounts.checkPassword("newPassword", form.newPassword());
			}
			catch (InvalidInputException ex) {
				errors = errors.with("newPassword", ex.getMessage());
			}
		}
		if (!errors.has("newPassword") && !errors.has("newPasswordRepeated")
				&& !form.newPassword().equals(form.newPasswordRepeated())) {
			errors = errors.with("newPasswordRepeated", "must be the same as the new password");
		}
		if (!errors.isEmpty()) {
			return page(errors, model);
		}
		this.accounts.setPassword(me.personId(), form.newPassword());
		this.accounts.endSessions(me.personId());
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		return "redirect:/login?passwordChanged";
	}

	private FormErrors checkCurrent(TandemPrincipal me, String current, String address, FormErrors errors) {
		if (this.throttle.accountLocked(me.email())) {
			return errors.with("currentPassword",
					"cannot be checked now after too many wrong attempts. " + "Try again in 15 minutes.");
		}
		if (!this.accounts.passwordMatches(me.personId(), current)) {
			this.throttle.recordFailure(me.email(), address);
			return errors.with("currentPassword", "is not right");
		}
		return errors;
	}

	private static String page(FormErrors errors, Model model) {
		// Passwords are never sent back into the form.
		model.addAttribute("form", PasswordChangeForm.empty());
		model.addAttribute("errors", errors);
		return "account/password";
	}

}
