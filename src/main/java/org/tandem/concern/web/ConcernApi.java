package org.tandem.concern.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.concern.Concern;
import org.tandem.concern.ConcernId;
import org.tandem.concern.Concerns;
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
 * Concerns in the JSON API. Every answer that carries a concern is {@code no-store} (the
 * security configuration sets it on every response).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Concerns")
class ConcernApi {

	private static final String WHO = " A concern is read by its author, the program's committee and administrators; "
			+ "to anyone else, the other member of the pairing it names included, it does not exist (404).";

	private final Concerns concerns;

	ConcernApi(Concerns concerns) {
		this.concerns = concerns;
	}

	@PostMapping("/programs/{id}/concerns")
	@Operation(summary = "Raise a concern with the program's committee (its mentors and mentees)",
			description = "body: required, at most 10000 characters; pairingId: optional, one of the caller's "
					+ "pairings in the program; rematch: whether the caller asks for a new partner (needs "
					+ "pairingId), false when omitted. The partner is never told." + WHO)
	ResponseEntity<ConcernJson> raise(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestBody ConcernJson.Input request) {
		Concern concern = this.concerns.raise(id, me, request.toRequest());
		return ResponseEntity.created(URI.create("/api/v1/concerns/" + concern.id())).body(ConcernJson.of(concern));
	}

	@GetMapping("/programs/{id}/concerns")
	@Operation(summary = "The program's concerns, open ones first (committee)",
			description = "Open and closed concerns, paged. Participants get 403.")
	PageResponse<ConcernJson> ofProgram(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.concerns.ofProgram(id, me, Paging.of(page, size)).map(ConcernJson::of);
	}

	@GetMapping("/me/concerns")
	@Operation(summary = "The concerns the caller raised, open ones first")
	PageResponse<ConcernJson> mine(@AuthenticationPrincipal TandemPrincipal me,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.concerns.mine(me, Paging.of(page, size)).map(ConcernJson::of);
	}

	@GetMapping("/concerns/{id}")
	@Operation(summary = "One concern", description = WHO)
	ConcernJson read(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ConcernId id) {
		return ConcernJson.of(this.concerns.read(id, me));
	}

	@Audited(value = "concern.acknowledge", target = "concern {id}")
	@PostMapping("/concerns/{id}/acknowledge")
	@Operation(summary = "Acknowledge a concern (committee)",
			description = "OPEN becomes ACKNOWLEDGED; 409 otherwise. The author gets 403." + WHO)
	ConcernJson acknowledge(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ConcernId id) {
		return ConcernJson.of(this.concerns.acknowledge(id, me));
	}

	@Audited(value = "concern.resolve", target = "concern {id}")
	@PostMapping("/concerns/{id}/resolve")
	@Operation(summary = "Resolve a concern (committee)",
			description = "outcome: optional, at most 10000 characters, read by the author and the committee. "
					+ "409 if resolved or rematched already. The author gets 403." + WHO)
	ConcernJson resolve(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ConcernId id,
			@RequestBody(required = false) ConcernJson.@Nullable Resolution request) {
		return ConcernJson.of(this.concerns.resolve(id, me, (request != null) ? request.outcome() : null));
	}

	@Audited(value = "concern.rematch", target = "concern {id}")
	@PostMapping("/concerns/{id}/rematch")
	@Operation(summary = "End the concern's pairing without fault (committee)",
			description = "Closes the pairing with a fixed, neutral reason that names no one; no message to the "
					+ "pair mentions the concern. The mentee is free to be paired again and the committee is "
					+ "reminded to pair them. 409 if the concern names no pairing, is closed, or its pairing is "
					+ "closed already. The author gets 403." + WHO)
	ConcernJson rematch(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ConcernId id) {
		return ConcernJson.of(this.concerns.rematch(id, me));
	}

}
