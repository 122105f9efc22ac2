package org.tandem.matching.web;

import jakarta.validation.Valid;
import org.tandem.audit.Audited;
import org.tandem.matching.MatchingSettings;
import org.tandem.matching.SettingsStore;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee's page for a program's matching settings: a weight or "required" per
 * criterion, the objective, the department mode, former partners, and how many mentors a
 * mentee may rank.
 */
@HtmlController
class MatchingSettingsController {

	private final Programs programs;

	private final SettingsStore settings;

	MatchingSettingsController(Programs programs, SettingsStore settings) {
		this.programs = programs;
		this.settings = settings;
	}

	@GetMapping("/programs/{id}/matching/settings")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		Program program = this.programs.managedBy(id, me);
		model.addAttribute("view", new SettingsView(program, this.settings.load(id), FormErrors.none()));
		return "matching/settings";
	}

	@Audited(value = "matching.settings.update", target = "program {id}")
	@PostMapping("/programs/{id}/matching/settings")
	String save(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @ModelAttribute("form") MatchingSettingsForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Program program = this.programs.managedBy(id, me);
		FormErrors errors = MatchingSettingsForm.errors(binding);
		MatchingSettings sent = form.settings(this.settings.load(id), errors);
		if (!errors.isEmpty()) {
			model.addAttribute("view", new SettingsView(program, sent, errors));
			return "matching/settings";
		}
		this.settings.save(id, sent);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The matching settings were saved.");
		return "redirect:/programs/" + id + "/matching";
	}

}
