package org.tandem.pairing.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.PageContext;

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
 * "My pairings", and closing a pairing.
 */
@HtmlController
class PairingController {

	static final int PAGE_SIZE = 50;

	private final ClosePages closing;

	private final PairingCards cards;

	private final Pairings pairings;

	PairingController(ClosePages closing, PairingCards cards, Pairings pairings) {
		this.closing = closing;
		this.cards = cards;
		this.pairings = pairings;
	}

	@GetMapping("/pairings")
	String mine(@AuthenticationPrincipal TandemPrincipal me, @RequestParam(required = false) @Nullable Integer page,
			PageContext ctx, Model model) {
		model.addAttribute("cards",
				this.cards.mine(me, new Paging(Math.max(0, (page == null) ? 0 : page), PAGE_SIZE), ctx::zone));
		return "pairing/mine";
	}

	@GetMapping("/pairings/{id}/close")
	String closeForm(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id, Model model) {
		return render(me, id, CloseForm.empty(), FormErrors.none(), model);
	}

	@Audited(value = "pairing.close", target = "pairing {id}")
	@PostMapping("/pairings/{id}/close")
	String close(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@Valid @ModelAttribute("form") CloseForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			this.pairings.close(id, me, form.reason());
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The pairing was closed.");
			return "redirect:/pairings/" + id;
		}
		catch (InvalidInputException ex) {
			return render(me, id, form, FormErrors.of(binding).with("reason", ex.errors().get(0).message()), model);
		}
		catch (ConflictException ex) {
			return render(me, id, form, FormErrors.of(binding).with("reason", ex.getMessage()), model);
		}
	}

	private String render(TandemPrincipal me, PairingId id, CloseForm form, FormErrors errors, Model model) {
		model.addAttribute("view", this.closing.page(id, me));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "pairing/close";
	}

}
