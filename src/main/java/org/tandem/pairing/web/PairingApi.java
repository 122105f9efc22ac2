package org.tandem.pairing.web;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pairings in the JSON API: the committee pairs and closes; the pair sees and closes its
 * own.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pairings")
class PairingApi {

	private final Pairings pairings;

	private final PairingViews views;

	PairingApi(Pairings pairings, PairingViews views) {
		this.pairings = pairings;
		this.views = views;
	}

	@Audited(value = "pairing.create", target = "program {id}")
	@PostMapping("/programs/{id}/pairings")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Pair an active mentor and an active mentee (committee or administrators)",
			description = "mentorId and menteeId are person ids. startedOn defaults to today; it may be in the past "
					+ "(pairs that began before Tandem) but not in the future, nor more than a year before the "
					+ "program's term starts (today is always allowed). 400 if either person is not an active "
					+ "mentor or mentee of the program, or both are the same person. 409 if the mentor's capacity "
					+ "is full or the mentee already has an active pairing in the program. 403 for mentors and "
					+ "mentees, 404 for people who cannot see the program.")
	PairingJson start(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestBody StartPairing request) {
		return this.views.json(this.pairings.start(id, me,
				new NewPairing(request.mentorId(), request.menteeId(), request.startedOn())));
	}

	@GetMapping("/programs/{id}/pairings")
	@Operation(summary = "List a program's pairings (committee or administrators)",
			description = "Active pairings first, then the newest. 403 for mentors and mentees, 404 for people "
					+ "who cannot see the program.")
	PageResponse<PairingJson> ofProgram(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.views.json(this.pairings.ofProgram(id, me, Paging.of(page, size)));
	}

	@GetMapping("/pairings/{id}")
	@Operation(summary = "One pairing with its cadence",
			description = "Visible to its mentor and mentee, the program's committee and administrators; "
					+ "404 for anyone else.")
	PairingJson show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id) {
		return this.views.json(this.pairings.visible(id, me));
	}

	@GetMapping("/me/pairings")
	@Operation(summary = "The caller's pairings as mentor or mentee", description = "Active first, then the newest.")
	PageResponse<PairingJson> mine(@AuthenticationPrincipal TandemPrincipal me,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.views.json(this.pairings.mine(me, Paging.of(page, size)));
	}

	@Audited(value = "pairing.close", target = "pairing {id}")
	@PostMapping("/pairings/{id}/close")
	@Operation(summary = "Close a pairing (the committee, administrators or either member)",
			description = "The reason is required (at most 1000 characters) and is confidential to the pair and "
					+ "the committee. 409 if the pairing is closed already; 404 for anyone who cannot see it.")
	PairingJson close(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestBody ClosePairing request) {
		return this.views.json(this.pairings.close(id, me, request.reason()));
	}

	record StartPairing(@Nullable UUID mentorId, @Nullable UUID menteeId, @Nullable LocalDate startedOn) {
	}

	record ClosePairing(@Nullable String reason) {
	}

}
