package org.tandem.pairing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "My pairings", one pairing's page, and closing a pairing from it.
 */
@HtmlController
class PairingPages {

	static final int PAGE_SIZE = 50;

	private final PairingPageModels models;

	private final PairingCards cards;

	private final Pairings pairings;

	PairingPages(PairingPageModels models, PairingCards cards, Pairings pairings) {
		this.models = models;
		this.cards = cards;
		this.pairings = pairings;
	}

	@GetMapping("/pairings")
	String mine(@AuthenticationPrincipal TandemPrincipal me, @RequestParam(required = false) @Nullable Integer page,
			Model model) {
		model.addAttribute("cards", this.cards.mine(me, new Paging(Math.max(0, (page == null) ? 0 : page), PAGE_SIZE)));
		return "pairing/mine";
	}

	@GetMapping("/pairings/{id}")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable UUID id, Model model) {
		return render(me, new PairingId(id), "", FormErrors.none(), model);
	}

	@PostMapping("/pairings/{id}/close")
	String close(@AuthenticationPrincipal TandemPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) @Nullable String reason, Model model, RedirectAttributes redirect) {
		PairingId pairingId = new PairingId(id);
		try {
			this.pairings.close(pairingId, me, reason);
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The pairing was closed.");
			return "redirect:/pairings/" + id;
		}
		catch (InvalidInputException ex) {
			String message = ex.errors().get(0).message();
			return render(me, pairingId, reason, FormErrors.none().with("reason", "The reason " + message + "."),
					model);
		}
		catch (ConflictException ex) {
			return render(me, pairingId, reason, FormErrors.none().with("reason", ex.getMessage()), model);
		}
	}

	private String render(TandemPrincipal me, PairingId id, @Nullable String reason, FormErrors errors, Model model) {
		model.addAttribute("view", this.models.page(id, me));
		model.addAttribute("reason", (reason == null) ? "" : reason);
		model.addAttribute("errors", errors);
		return "pairing/show";
	}

}
