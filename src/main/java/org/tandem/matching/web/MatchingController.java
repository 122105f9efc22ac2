package org.tandem.matching.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.matching.MatchingRun;
import org.tandem.matching.MatchingRunId;
import org.tandem.matching.MatchingRuns;
import org.tandem.matching.PersonPair;
import org.tandem.matching.RunMode;
import org.tandem.matching.RunQueries;
import org.tandem.matching.SettingsStore;
import org.tandem.matching.WhatIfRuns;
import org.tandem.person.PersonId;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.FlashMessage;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The committee's matching pages: start a run, review it, try alternatives (forbid, pin,
 * swap: each starts a new draft), publish or discard.
 */
@HtmlController
class MatchingController {

	private final Programs programs;

	private final SettingsStore settings;

	private final RunQueries queries;

	private final MatchingRuns runs;

	private final WhatIfRuns whatIfs;

	private final MatchingViews views;

	MatchingController(Programs programs, SettingsStore settings, RunQueries queries, MatchingRuns runs,
			WhatIfRuns whatIfs, MatchingViews views) {
		this.programs = programs;
		this.settings = settings;
		this.queries = queries;
		this.runs = runs;
		this.whatIfs = whatIfs;
		this.views = views;
	}

	@GetMapping("/programs/{id}/matching")
	String home(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		return home(me, id, null, model);
	}

	@Audited(value = "matching.run.start", target = "program {id}")
	@PostMapping("/programs/{id}/matching-runs")
	String start(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(defaultValue = "OPTIMAL") RunMode mode, Model model, HttpServletResponse response) {
		try {
			MatchingRun run = this.runs.start(id, me, mode, List.of(), List.of());
			return "redirect:/matching-runs/" + run.id();
		}
		catch (InvalidInputException | ConflictException ex) {
			response.setStatus(statusOf(ex));
			return home(me, id, ex.getMessage(), model);
		}
	}

	@GetMapping("/matching-runs/{id}")
	String review(@AuthenticationPrincipal TandemPrincipal me, @PathVariable MatchingRunId id, Model model) {
		model.addAttribute("review", this.views.review(id, me, null));
		return "matching/review";
	}

	@Audited(value = "matching.run.forbid", target = "matching run {id}")
	@PostMapping("/matching-runs/{id}/forbid")
	String forbid(@AuthenticationPrincipal TandemPrincipal me, @PathVariable MatchingRunId id,
			@RequestParam PersonId mentorId, @RequestParam PersonId menteeId, Model model,
			HttpServletResponse response) {
		return whatIf(this.whatIfs::forbid, me, id, pair(mentorId, menteeId), model, response);
	}

	@Audited(value = "matching.run.pin", target = "matching run {id}")
	@PostMapping("/matching-runs/{id}/pin")
	String pin(@AuthenticationPrincipal TandemPrincipal me, @PathVariable MatchingRunId id,
			@RequestParam PersonId mentorId, @RequestParam PersonId menteeId, Model model,
			HttpServletResponse response) {
		return whatIf(this.whatIfs::pin, me, id, pair(mentorId, menteeId), model, response);
	}

	@Audited(value = "matching.run.forbid.remove", target = "matching run {id}")
	@PostMapping("/matching-runs/{id}/forbid/remove")
	String allow(@AuthenticationPrincipal TandemPrincipal me, @PathVariable MatchingRunId id,
			@RequestParam PersonId mentorId, @RequestParam PersonId menteeId, Model model,
			HttpServletResponse response) {
		return whatIf(this.whatIfs::allow, me, id, pair(mentorId, menteeId), model, response);
	}

	@Audited(value = "matching.run.pin.remove", target = "matching run {id}")
	@PostMapping("/matching-runs/{id}/pin/remove")
	String unpin(@AuthenticationPrincipal TandemPrincipal me, @PathVariable MatchingRunId id,
			@RequestParam PersonId mentorId, @RequestParam PersonId menteeId, Model model,
			HttpServletResponse response) {
		return whatIf(this.whatIfs::unpin, me, id, pair(mentorId, menteeId), model, response);
	}

	@GetMapping("/matching-runs/{id}/swap")
	String swap(@AuthenticationPrincipal TandemPrincipal me, @PathVariable MatchingRunId id,
			@RequestParam PersonId menteeId, Model model) {
		model.addAttribute("swap", this.views.swap(id, me, menteeId));
		return "matching/swap";
	}

	@Audited(value = "matching.run.publish", target = "matching run {id}")
	@PostMapping("/matching-runs/{id}/publish")
	String publish(@AuthenticationPrincipal TandemPrincipal me, @PathVariable MatchingRunId id, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			MatchingRun run = this.runs.publish(id, me);
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE,
					"The run was published: " + run.proposals().size() + " pairings started.");
			return "redirect:/programs/" + run.programId() + "/pairings";
		}
		catch (ConflictException ex) {
			return failed(me, id, ex, model, response);
		}
	}

	@Audited(value = "matching.run.discard", target = "matching run {id}")
	@PostMapping("/matching-runs/{id}/discard")
	String discard(@AuthenticationPrincipal TandemPrincipal me, @PathVariable MatchingRunId id, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			MatchingRun run = this.runs.discard(id, me);
			redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, "The run was discarded.");
			return "redirect:/programs/" + run.programId() + "/matching";
		}
		catch (ConflictException ex) {
			return failed(me, id, ex, model, response);
		}
	}

	private static PersonPair pair(PersonId mentorId, PersonId menteeId) {
		return new PersonPair(mentorId.value(), menteeId.value());
	}

	private String failed(TandemPrincipal me, MatchingRunId runId, RuntimeException ex, Model model,
			HttpServletResponse response) {
		response.setStatus(statusOf(ex));
		String message = ex.getMessage();
		if (ex instanceof InvalidInputException invalid && !invalid.errors().isEmpty()) {
			message = "The pair " + invalid.errors().get(0).message() + ".";
		}
		model.addAttribute("review", this.views.review(runId, me, message));
		return "matching/review";
	}

	/**
	 * Runs one what-if (forbid, pin, or take either back): a new draft to review, or this
	 * run's page with the reason it could not be done.
	 */
	private String whatIf(WhatIf action, TandemPrincipal me, MatchingRunId runId, PersonPair pair, Model model,
			HttpServletResponse response) {
		try {
			return "redirect:/matching-runs/" + action.apply(runId, me, pair).id();
		}
		catch (InvalidInputException | ConflictException ex) {
			return failed(me, runId, ex, model, response);
		}
	}

	/**
	 * The page explains the refusal; the status tells scripts and tests what kind it was.
	 */
	private static int statusOf(RuntimeException ex) {
		return ex instanceof ConflictException ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST;
	}

	private String home(TandemPrincipal me, ProgramId programId, @Nullable String error, Model model) {
		model.addAttribute("home", new MatchingHome(this.programs.managedBy(programId, me),
				this.settings.load(programId), this.queries.latest(programId), error));
		return "matching/home";
	}

	/** One of the review page's what-if actions on a pair. */
	@FunctionalInterface
	private interface WhatIf {

		MatchingRun apply(MatchingRunId runId, TandemPrincipal me, PersonPair pair);

	}

}
