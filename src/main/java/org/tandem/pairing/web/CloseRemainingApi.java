package org.tandem.pairing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tandem.audit.Audited;
import org.tandem.pairing.PairingClosings;
import org.tandem.program.ProgramId;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Closing what is left of a program's pairings at the end of its term, in the JSON API.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Pairings")
class CloseRemainingApi {

	private final PairingClosings closings;

	CloseRemainingApi(PairingClosings closings) {
		this.closings = closings;
	}

	@Audited(value = "pairing.close-remaining", target = "program {id}")
	@PostMapping("/programs/{id}/pairings/close-remaining")
	@Operation(summary = "Close every pairing still active at the term's end (committee)",
			description = "Allowed from the last day of the program's term: 409 before it. Each pairing closes with "
					+ "the same neutral reason; answers how many were closed.")
	Closed closeRemaining(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id) {
		return new Closed(this.closings.closeRemaining(id, me));
	}

	/** How many pairings the call closed. */
	record Closed(int closed) {

	}

}
