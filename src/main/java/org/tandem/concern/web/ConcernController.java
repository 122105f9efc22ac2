package org.tandem.concern.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.concern.ClosingPrompt;
import org.tandem.concern.Concern;
import org.tandem.concern.ConcernId;
import org.tandem.concern.Concerns;
import org.tandem.concern.PairClosing;
import org.tandem.pairing.PairingId;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.ProgramAccess;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.PageResponse;
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
 * The pages of concerns: raising one (the partner is not told), the author's own list,
 * the committee's list, and one concern with the committee's answers (acknowledge,
 * resolve with an outcome, a confirmed no-fault rematch).
 */
@HtmlController
class ConcernController {

	static final int PAGE_SIZE = 20;

	private final Concerns concerns;

	private final PairClosing closing;

	private final ProgramAccess programs;

	private final People people;

	private final FormValidation validation;

	ConcernController(Concerns concerns, PairClosing closing, ProgramAccess programs, People people,
			FormValidation validation) {
		this.concerns = concerns;
		this.closing = closing;
		this.programs = programs;
		this.people = people;
		this.validation = validation;
	}

	@GetMapping("/programs/{id}/concerns/new")
	String form(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(required = false) @Nullable PairingId pairingId, Model model) {
		return renderNew(me, id, ConcernForm.about(pairingId), FormErrors.none(), model);
	}

	@PostMapping("/programs/{id}/concerns")
	String raise(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@Valid @ModelAttribute("form") ConcernForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		FormErrors errors = this.validation.errors(form, binding);
		if (errors.isEmpty()) {
			try {
				Concern concern = this.concerns.raise(id, me, form.toRequest());
				redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
						"Your concern is with the committee. Your partner has not been told.");
				return "redirect:/concerns/" + concern.id();
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex.errors());
			}
		}
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		return renderNew(me, id, form, errors, model);
	}

	@GetMapping("/me/concerns")
	String mine(@AuthenticationPrincipal TandemPrincipal me, @RequestParam(required = false) @Nullable String page,
			Model model) {
		PageResponse<Concern> found = this.concerns.mine(me, new Paging(Pager.pageNumber(page), PAGE_SIZE));
		model.addAttribute("view", ConcernPages.ListPage.of(null, found, Map.of(), "/me/concerns"));
		return "concern/mine";
	}

	@GetMapping("/programs/{id}/concerns")
	String ofProgram(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(required = false) @Nullable String page, Model model) {
		PageResponse<Concern> found = this.concerns.ofProgram(id, me, new Paging(Pager.pageNumber(page), PAGE_SIZE));
		Program program = this.programs.managed(id, me);
		Map<UUID, String> names = this.people.findAll(found.items().stream().map(Concern::authorId).toList())
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Person::name, (a, b) -> a));
		model.addAttribute("view", ConcernPages.ListPage.of(program, found, names, "/programs/" + id + "/concerns"));
		return "concern/program";
	}

	@GetMapping("/concerns/{id}")
	String one(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ConcernId id, Model model) {
		model.addAttribute("view", page(me, this.concerns.read(id, me)));
		return "concern/concern";
	}

	@Audited(value = "concern.acknowledge", target = "concern {id}")
	@PostMapping("/concerns/{id}/acknowledge")
	String acknowledge(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ConcernId id,
			RedirectAttributes redirect) {
		this.concerns.acknowledge(id, me);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The concern is acknowledged.");
		return "redirect:/concerns/" + id;
	}

	@Audited(value = "concern.resolve", target = "concern {id}")
	@PostMapping("/concerns/{id}/resolve")
	String resolve(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ConcernId id,
			@RequestParam(required = false) @Nullable String outcome, RedirectAttributes redirect) {
		this.concerns.resolve(id, me, outcome);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The concern is resolved.");
		return "redirect:/concerns/" + id;
	}

	@GetMapping("/concerns/{id}/rematch")
	String confirmRematch(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ConcernId id, Model model) {
		Concern concern = this.concerns.read(id, me);
		if (!this.concerns.answers(concern, me)) {
			throw new org.tandem.shared.kernel.ForbiddenException(
					"Only the program's committee or an administrator answers a concern.");
		}
		model.addAttribute("view", page(me, concern));
		return "concern/rematch";
	}

	@Audited(value = "concern.rematch", target = "concern {id}")
	@PostMapping("/concerns/{id}/rematch")
	String rematch(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ConcernId id,
			RedirectAttributes redirect) {
		this.concerns.rematch(id, me);
		redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
				"The pairing is closed without fault. Its mentee is free to be paired again.");
		return "redirect:/concerns/" + id;
	}

	private ConcernPages.OnePage page(TandemPrincipal me, Concern concern) {
		Map<UUID, Person> byId = this.people.findAll(java.util.List.of(concern.authorId()))
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Function.identity()));
		Person author = byId.get(concern.authorId());
		String program = this.programs.view(concern.programId(), me).program().name();
		return new ConcernPages.OnePage(concern, (author != null) ? author.name() : "A former participant", program,
				this.concerns.answers(concern, me));
	}

	private String renderNew(TandemPrincipal me, ProgramId id, ConcernForm form, FormErrors errors, Model model) {
		Program program = this.concerns.mayRaise(id, me).program();
		ClosingPrompt prompt = (form.pairingId() != null) ? this.closing.promptFor(form.pairingId(), me) : null;
		model.addAttribute("view", new ConcernPages.NewPage(program, prompt));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "concern/new";
	}

}
