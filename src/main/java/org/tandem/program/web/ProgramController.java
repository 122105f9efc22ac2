package org.tandem.program.web;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.program.Program;
import org.tandem.program.ProgramAccess;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
import org.tandem.shared.web.FormValues;
import org.tandem.shared.web.HtmlController;

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
 * The list of programs, a program's page, and the form that creates (administrators) or
 * changes (committee and administrators) a program.
 */
@HtmlController
class ProgramController {

	private final Programs programs;

	private final ProgramAccess access;

	private final ProgramPageModel pageModel;

	private final FormValidation validation;

	ProgramController(Programs programs, ProgramAccess access, ProgramPageModel pageModel, FormValidation validation) {
		this.programs = programs;
		this.access = access;
		this.pageModel = pageModel;
		this.validation = validation;
	}

	@GetMapping("/programs")
	String list(@AuthenticationPrincipal TandemPrincipal me, @RequestParam(required = false) @Nullable Integer page,
			Model model) {
		model.addAttribute("programs", this.programs.visibleTo(me, Paging.of(page, 50)));
		return "program/list";
	}

	@GetMapping("/programs/{id}")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		return this.pageModel.render(id, me, (page == null) ? 0 : page, ProgramPageModel.Forms.blank(), model);
	}

	@GetMapping("/programs/new")
	String createForm(@AuthenticationPrincipal TandemPrincipal me, Model model) {
		requireAdmin(me);
		return form(null, ProgramForm.empty(), FormValues.none(), FormErrors.none(), model);
	}

	@Audited("program.create")
	@PostMapping("/programs")
	String create(@AuthenticationPrincipal TandemPrincipal me, @Valid @ModelAttribute("form") ProgramForm form,
			BindingResult binding, Model model, RedirectAttributes redirect) {
		requireAdmin(me);
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				Program program = this.programs.create(me, form.settings());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The program " + program.name() + " was created.");
				return "redirect:/programs/" + program.id();
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		return form(null, form, FormValues.of(binding), errors, model);
	}

	@GetMapping("/programs/{id}/edit")
	String editForm(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		Program program = this.access.managed(id, me);
		return form(program, ProgramForm.of(program), FormValues.none(), FormErrors.none(), model);
	}

	@Audited(value = "program.update", target = "program {id}")
	@PostMapping("/programs/{id}/edit")
	String edit(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @ModelAttribute("form") ProgramForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Program program = this.access.managed(id, me);
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				Program.Settings settings = form.settings();
				this.programs.update(id, me, (current) -> settings);
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The settings were saved.");
				return "redirect:/programs/" + id;
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		return form(program, form, FormValues.of(binding), errors, model);
	}

	private static String form(@Nullable Program program, ProgramForm form, FormValues values, FormErrors errors,
			Model model) {
		model.addAttribute("program", program);
		model.addAttribute("form", form);
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "program/form";
	}

	private static void requireAdmin(TandemPrincipal me) {
		if (!me.admin()) {
			throw new ForbiddenException("Only an administrator creates programs.");
		}
	}

}
