package org.tandem.account.web;

import org.tandem.account.ThrottledAuthenticationProvider;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.HtmlController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page; Spring Security handles the form's POST. What brought the visitor
 * here (signed out, set up, welcomed) shows as the layout's one-line confirmation.
 */
@HtmlController
class LoginController {

	@GetMapping("/login")
	String login(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
			@RequestParam(required = false) String setup, @RequestParam(required = false) String welcome,
			@RequestParam(required = false) String passwordChanged, Model model) {
		String notice = null;
		if (signedOut != null) {
			notice = "You have signed out.";
		}
		else if (setup != null) {
			notice = "The administrator account is ready. Sign in with it.";
		}
		else if (welcome != null) {
			notice = "Your password is set. Sign in with it.";
		}
		else if (passwordChanged != null) {
			notice = "Your password is changed. You are signed out everywhere and your API tokens are revoked: "
					+ "sign in with the new password.";
		}
		model.addAttribute("failed", error != null);
		model.addAttribute("failureMessage", ThrottledAuthenticationProvider.FAILURE_MESSAGE);
		if (notice != null) {
			model.addAttribute(FlashMessage.ATTRIBUTE, notice);
		}
		return "account/login";
	}

}
