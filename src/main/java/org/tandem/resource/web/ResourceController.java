package org.tandem.resource.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.tandem.audit.Audited;
import org.tandem.program.ProgramId;
import org.tandem.resource.Tip;
import org.tandem.resource.TipId;
import org.tandem.resource.Tips;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
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
 * {@code /programs/{id}/resources}: the program's tip sheets for mentors and for mentees,
 * readable by whoever sees the program; on {@code /resources/edit} its committee and
 * administrators add, change and delete tips with plain forms.
 */
@HtmlController
class ResourceController {

	private final Tips tips;

	private final FormValidation validation;

	ResourceController(Tips tips, FormValidation validation) {
		this.tips = tips;
		this.validation = validation;
	}

	@GetMapping("/programs/{id}/resources")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		model.addAttribute("sheet", this.tips.sheet(id, me));
		return "resource/resources";
	}

	@GetMapping("/programs/{id}/resources/edit")
	String edit(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		return render(me, id, TipForm.empty(), FormErrors.none(), TipEdit.NONE, model);
	}

	@Audited(value = "tip.add", target = "program {id}")
	@PostMapping("/programs/{id}/resources/tips")
	String add(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @ModelAttribute("form") TipForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.tips.checkManaged(id, me);
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				Tip added = this.tips.add(id, me, form.toDraft());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The tip “" + added.title() + "” was added.");
				return "redirect:/programs/" + id + "/resources/edit#" + added.anchor();
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
			catch (ConflictException ex) {
				errors = FormErrors.none().with("title", ex.getMessage());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return render(me, id, form, errors, TipEdit.NONE, model);
	}

	@Audited(value = "tip.change", target = "tip {tipId} of program {id}")
	@PostMapping("/programs/{id}/resources/tips/{tipId}")
	String change(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, @PathVariable TipId tipId,
			@Valid @ModelAttribute("form") TipForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		this.tips.checkManaged(id, me);
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				Tip changed = this.tips.change(id, tipId, me, form.toDraft());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The tip “" + changed.title() + "” was saved.");
				return "redirect:/programs/" + id + "/resources/edit#" + changed.anchor();
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return render(me, id, TipForm.empty(), FormErrors.none(), new TipEdit(tipId, form, errors), model);
	}

	@Audited(value = "tip.delete", target = "tip {tipId} of program {id}")
	@PostMapping("/programs/{id}/resources/tips/{tipId}/delete")
	String delete(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, @PathVariable TipId tipId,
			RedirectAttributes redirect) {
		Tip deleted = this.tips.delete(id, tipId, me);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The tip “" + deleted.title() + "” was deleted.");
		return "redirect:/programs/" + id + "/resources/edit";
	}

	private String render(TandemPrincipal me, ProgramId id, TipForm form, FormErrors errors, TipEdit editing,
			Model model) {
		model.addAttribute("sheet", this.tips.managed(id, me));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("editing", editing);
		return "resource/edit";
	}

}
