package org.tandem.celebration.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.celebration.Idea;
import org.tandem.celebration.IdeaId;
import org.tandem.celebration.Ideas;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.FormErrors;
import org.tandem.shared.web.FormValidation;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.Pager;

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
 * {@code /programs/{id}/ideas}: the program's idea board, "ways to engage": the ideas by
 * votes, a form to post one, a vote button, and for the committee buttons that feature or
 * hide an idea. Plain forms, no script needed.
 */
@HtmlController
class IdeaController {

	static final int PAGE_SIZE = 20;

	private final Ideas ideas;

	private final FormValidation validation;

	IdeaController(Ideas ideas, FormValidation validation) {
		this.ideas = ideas;
		this.validation = validation;
	}

	@GetMapping("/programs/{id}/ideas")
	String board(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(required = false) @Nullable String page, Model model) {
		return render(me, id, Pager.pageNumber(page), IdeaForm.empty(), FormErrors.none(), model);
	}

	@PostMapping("/programs/{id}/ideas")
	String post(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @ModelAttribute("form") IdeaForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				this.ideas.post(id, me, form.toNewIdea());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your idea is on the board.");
				return "redirect:" + board(id);
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return render(me, id, 0, form, errors, model);
	}

	@PostMapping("/ideas/{id}/votes")
	String vote(@AuthenticationPrincipal TandemPrincipal me, @PathVariable IdeaId id, RedirectAttributes redirect) {
		Idea idea = this.ideas.vote(id, me);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "Your vote for \u201c" + idea.title() + "\u201d counts.");
		return "redirect:" + board(idea.programId());
	}

	@PostMapping("/ideas/{id}/feature")
	@Audited(value = "idea.feature", target = "idea {id}")
	String feature(@AuthenticationPrincipal TandemPrincipal me, @PathVariable IdeaId id,
			@RequestParam(defaultValue = "true") boolean featured, RedirectAttributes redirect) {
		Idea idea = this.ideas.feature(id, me, featured);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "\u201c" + idea.title() + "\u201d is "
				+ (featured ? "featured on the program's page." : "no longer featured."));
		return "redirect:" + board(idea.programId());
	}

	@PostMapping("/ideas/{id}/hide")
	@Audited(value = "idea.hide", target = "idea {id}")
	String hide(@AuthenticationPrincipal TandemPrincipal me, @PathVariable IdeaId id,
			@RequestParam(defaultValue = "true") boolean hidden, RedirectAttributes redirect) {
		Idea idea = this.ideas.hide(id, me, hidden);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "\u201c" + idea.title() + "\u201d is "
				+ (hidden ? "hidden from the participants." : "shown to everyone again."));
		return "redirect:" + board(idea.programId());
	}

	private String render(TandemPrincipal me, ProgramId id, int page, IdeaForm form, FormErrors errors, Model model) {
		Ideas.Board board = this.ideas.board(id, me, new Paging(page, PAGE_SIZE));
		model.addAttribute("view", new IdeasPageView(board, me.personId(), Pager.of(board.ideas(), board(id))));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "celebration/ideas";
	}

	private static String board(ProgramId id) {
		return "/programs/" + id + "/ideas";
	}

}
