package org.tandem.pairing.web;

import org.tandem.audit.Audited;
import org.tandem.pairing.PairingClosings;
import org.tandem.pairing.Pairings;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee's page to close every pairing still active at the end of the program's
 * term, with a confirmation first.
 */
@HtmlController
class CloseRemainingController {

	private final Pairings pairings;

	private final PairingClosings closings;

	private final Programs programs;

	CloseRemainingController(Pairings pairings, PairingClosings closings, Programs programs) {
		this.pairings = pairings;
		this.closings = closings;
		this.programs = programs;
	}

	@GetMapping("/programs/{id}/pairings/close-remaining")
	String confirm(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		Program program = this.programs.managedBy(id, me);
		model.addAttribute("program", program);
		model.addAttribute("termEnded", this.closings.termEnded(program));
		model.addAttribute("active", this.pairings.activeInProgram(id, Pairings.MAX_ACTIVE_SHOWN).size());
		return "pairing/closeRemaining";
	}

	@Audited(value = "pairing.close-remaining", target = "program {id}")
	@PostMapping("/programs/{id}/pairings/close-remaining")
	String close(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, RedirectAttributes redirect) {
		int closed = this.closings.closeRemaining(id, me);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
				(closed == 1) ? "One pairing is closed." : closed + " pairings are closed.");
		return "redirect:/programs/" + id + "/pairings";
	}

}
