package org.tandem.feedback.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.feedback.Evaluation;
import org.tandem.feedback.Evaluations;
import org.tandem.feedback.FeedbackAggregates;
import org.tandem.feedback.Kudos;
import org.tandem.feedback.KudosBoard;
import org.tandem.feedback.Pulse;
import org.tandem.feedback.Pulses;
import org.tandem.feedback.web.FeedbackJson.AggregatesOut;
import org.tandem.feedback.web.FeedbackJson.EvaluationInput;
import org.tandem.feedback.web.FeedbackJson.EvaluationOut;
import org.tandem.feedback.web.FeedbackJson.KudosInput;
import org.tandem.feedback.web.FeedbackJson.KudosOut;
import org.tandem.feedback.web.FeedbackJson.PulseInput;
import org.tandem.feedback.web.FeedbackJson.PulseOut;
import org.tandem.meeting.MeetingId;
import org.tandem.pairing.PairingId;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pair's feedback in the JSON API (pulses, kudos, evaluations) and the committee's
 * aggregates. Every answer that carries the pair's words is {@code no-store} (the
 * security configuration sets it on every response).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Feedback")
class FeedbackApi {

	private static final String PAIR = " Only the mentor and the mentee of the pairing reach it: anyone else, the "
			+ "program's committee and administrators included, gets 404. 409 if the pairing is closed.";

	private final Pulses pulses;

	private final KudosBoard kudos;

	private final Evaluations evaluations;

	private final FeedbackAggregates aggregates;

	FeedbackApi(Pulses pulses, KudosBoard kudos, Evaluations evaluations, FeedbackAggregates aggregates) {
		this.pulses = pulses;
		this.kudos = kudos;
		this.evaluations = evaluations;
		this.aggregates = aggregates;
	}

	@PostMapping("/pairings/{id}/meetings/{meetingId}/pulse")
	@Operation(summary = "Say how useful a held meeting was (the pair)",
			description = "usefulness: 1 to 5, required; comment: optional, at most 2000 characters, read by the pair "
					+ "only. Once per member per meeting (409 the second time); 409 for a meeting not held." + PAIR)
	ResponseEntity<PulseOut> pulse(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@PathVariable MeetingId meetingId, @RequestBody PulseInput request) {
		Pulse pulse = this.pulses.give(id, meetingId, me, request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/pairings/" + id + "/meetings/" + meetingId + "/pulse"))
			.body(PulseOut.of(pulse));
	}

	@PostMapping("/pairings/{id}/kudos")
	@Operation(summary = "Give the partner kudos (the pair)",
			description = "body: required, at most 2000 characters; shareWithProgram: false unless set, and then the "
					+ "words (without names) may appear in the program's celebration." + PAIR)
	ResponseEntity<KudosOut> giveKudos(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestBody KudosInput request) {
		Kudos given = this.kudos.give(id, me, request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/pairings/" + id + "/kudos")).body(KudosOut.of(given));
	}

	@GetMapping("/pairings/{id}/kudos")
	@Operation(summary = "The pair's kudos, both ways, newest first (the pair)", description = PAIR)
	PageResponse<KudosOut> kudos(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.kudos.list(id, me, Paging.of(page, size)).kudos().map(KudosOut::of);
	}

	@PostMapping("/pairings/{id}/evaluations")
	@Operation(summary = "Answer the mid-term or end-of-term evaluation (the pair)",
			description = "kind: MID or END; answers: by question id (GET /programs/{id}/evaluation-questions), a "
					+ "whole number 1 to 5 for a SCALE question, text (at most 5000 characters) for a TEXT question; "
					+ "every required question asked in that kind must be answered. Once per member and kind (409 "
					+ "again). Text answers are read by the pair only; the committee sees scale counts over 5 or more "
					+ "responses." + PAIR)
	ResponseEntity<EvaluationOut> evaluate(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestBody EvaluationInput request) {
		Evaluation evaluation = this.evaluations.submit(id, me, request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/pairings/" + id + "/evaluations"))
			.body(EvaluationOut.of(evaluation));
	}

	@GetMapping("/pairings/{id}/evaluations")
	@Operation(summary = "The caller's own evaluations of the pairing (the pair)",
			description = "Each member reads only their own answers." + PAIR)
	List<EvaluationOut> myEvaluations(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id) {
		return this.evaluations.mine(id, me).stream().map(EvaluationOut::of).toList();
	}

	@GetMapping("/programs/{id}/feedback")
	@Operation(summary = "The program's feedback aggregates (committee or administrators)",
			description = "The pulses' average usefulness and, per SCALE question and evaluation kind, how many "
					+ "answered 1 to 5: each only over 5 or more responses, null below. Never an individual answer, "
					+ "a comment or a text answer. 403 for the program's participants, 404 for anyone else.")
	AggregatesOut aggregates(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id) {
		return AggregatesOut.of(this.aggregates.of(id, me));
	}

}
