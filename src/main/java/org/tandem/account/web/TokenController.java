package org.tandem.account.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.tandem.account.ApiTokens;
import org.tandem.account.TokenId;
import org.tandem.shared.kernel.ConflictException;
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
 * {@code /settings/tokens}: a person lists, creates and revokes their own API tokens. A
 * new token is shown once, on the answer to the form; it is never stored or shown again.
 */
@HtmlController
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/settings/tokens")
	String list(@AuthenticationPrincipal TandemPrincipal me, Model model) {
		return page(me, TokenForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/settings/tokens")
	String create(@AuthenticationPrincipal TandemPrincipal me, @Valid @ModelAttribute("form") TokenForm form,
			BindingResult binding, Model model, HttpServletResponse response) {
		FormErrors errors = FormErrors.of(binding);
		if (!errors.has("lifetimeDays") && !form.lifetimeAllowed()) {
			errors = errors.with("lifetimeDays", "must be 30, 90 or 365 days");
		}
		if (errors.isEmpty()) {
			try {
				ApiTokens.IssuedToken issued = this.tokens.issueNamed(me.personId(), form.name(),
						Duration.ofDays(form.lifetimeDays()));
				// The secret is in this page only: keep it out of every cache.
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				model.addAttribute("name", form.name().strip());
				model.addAttribute("token", issued.token());
				model.addAttribute("expiresAt", issued.expiresAt());
				return "account/tokenCreated";
			}
			catch (ConflictException ex) {
				errors = errors.with("name", ex.getMessage());
			}
		}
		return page(me, form, errors, model);
	}

	@PostMapping("/settings/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal TandemPrincipal me, @PathVariable TokenId id, RedirectAttributes redirect) {
		this.tokens.revoke(me.personId(), id);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The token is revoked.");
		return "redirect:/settings/tokens";
	}

	private String page(TandemPrincipal me, TokenForm form, FormErrors errors, Model model) {
		model.addAttribute("tokens", this.tokens.list(me.personId()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("limit", ApiTokens.MAX_ACTIVE);
		return "account/tokens";
	}

}
