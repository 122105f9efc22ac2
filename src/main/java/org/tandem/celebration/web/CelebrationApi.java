package org.tandem.celebration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tandem.celebration.Celebrations;
import org.tandem.program.ProgramId;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The program's celebration in the JSON API.
 */
@RestController
@Tag(name = "Celebration and ideas")
class CelebrationApi {

	private final Celebrations celebrations;

	CelebrationApi(Celebrations celebrations) {
		this.celebrations = celebrations;
	}

	@GetMapping("/api/v1/programs/{id}/celebration")
	@Operation(summary = "The program's year-end celebration (its participants and committee)",
			description = "pairs (active and closed), meetingsHeld, activitiesCompleted, goalsAchieved; formats: "
					+ "held meetings by format, the most used first; places: held meetings at the program's "
					+ "suggested places (a place a pair typed that is no suggested place is never shown); kudos: "
					+ "only those whose author shared them with the program, newest first, without names. 404 "
					+ "for anyone outside the program.")
	CelebrationJson show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id) {
		return CelebrationJson.of(this.celebrations.of(id, me));
	}

}
