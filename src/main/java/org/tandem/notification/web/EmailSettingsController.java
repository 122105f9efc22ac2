package org.tandem.notification.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.tandem.notification.EmailFrequency;
import org.tandem.notification.EmailPreferences;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.HtmlController;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /settings/email}: a person chooses how often Tandem emails them.
 */
@HtmlController
class EmailSettingsController {

	static final String PATH = "/settings/email";

	private final EmailPreferences preferences;

	EmailSettingsController(EmailPreferences preferences) {
		this.preferences = preferences;
	}

	@GetMapping(PATH)
	String form(@AuthenticationPrincipal TandemPrincipal me, Model model) {
		model.addAttribute("page", new EmailSettingsPage(this.preferences.frequencyOf(me.personId()), null));
		return "notification/emailSettings";
	}

	@PostMapping(PATH)
	String choose(@AuthenticationPrincipal TandemPrincipal me, @Valid @ModelAttribute("form") EmailSettingsForm form,
			BindingResult binding, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		EmailFrequency chosen = form.frequency();
		if (binding.hasErrors() || chosen == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("page", new EmailSettingsPage(this.preferences.frequencyOf(me.personId()),
					"Please choose one of the options."));
			return "notification/emailSettings";
		}
		this.preferences.choose(me.personId(), chosen);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your email choice is saved.");
		return "redirect:" + PATH;
	}

}
