package org.tandem.feedback.web;

import org.tandem.feedback.FeedbackAggregates;
import org.tandem.program.ProgramAccess;
import org.tandem.program.ProgramId;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.HtmlController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /programs/{id}/feedback}: the committee's aggregates of the program's feedback,
 * each over five responses or more; never one person's answer, never anyone's words.
 */
@HtmlController
class ProgramFeedbackController {

	private final FeedbackAggregates aggregates;

	private final ProgramAccess access;

	ProgramFeedbackController(FeedbackAggregates aggregates, ProgramAccess access) {
		this.aggregates = aggregates;
		this.access = access;
	}

	@GetMapping("/programs/{id}/feedback")
	String show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id, Model model) {
		model.addAttribute("feedback", this.aggregates.of(id, me));
		model.addAttribute("program", this.access.managed(id, me));
		model.addAttribute("minimum", FeedbackAggregates.MIN_RESPONSES);
		return "feedback/programFeedback";
	}

}
