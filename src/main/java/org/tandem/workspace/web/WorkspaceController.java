package org.tandem.workspace.web;

import org.tandem.pairing.PairingId;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.PageContext;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One pairing's page: the pair's workspace, or the committee's view of the pairing.
 */
@HtmlController
class WorkspaceController {

	private final WorkspaceModels models;

	WorkspaceController(WorkspaceModels models) {
		this.models = models;
	}

	@GetMapping("/pairings/{id}")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id, PageContext ctx, Model model) {
		model.addAttribute("view", this.models.page(id, me, ctx::zone));
		return "workspace/workspace";
	}

}
