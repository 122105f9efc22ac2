package org.tandem.program.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.program.PlaceKind;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.program.SuggestedPlace;
import org.tandem.program.SuggestedPlaces;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/programs/{id}/places}: the places a program suggests for meetings,
 * read-only. Beyond the contract in API.md; the committee keeps the list on the program's
 * places page.
 */
@RestController
@Tag(name = "Programs")
class PlaceApi {

	private final SuggestedPlaces places;

	PlaceApi(SuggestedPlaces places) {
		this.places = places;
	}

	@GetMapping("/api/v1/programs/{id}/places")
	@Operation(summary = "List the places a program suggests for meetings",
			description = "Readable by the program's active participants (any role) and administrators; 403 for "
					+ "someone who sees the program but takes no part in it, 404 for anyone else. Ordered by kind "
					+ "(WALKING, LUNCH, ROOM, OTHER) and name. The place a pair chose for a meeting is never here.")
	PageResponse<PlaceJson> list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.places.readable(id, me, Paging.of(page, size)).map(PlaceJson::of);
	}

	/**
	 * A suggested place as the API shows it.
	 *
	 * @param kind {@code WALKING}, {@code LUNCH}, {@code ROOM} or {@code OTHER}
	 */
	@Schema(name = "SuggestedPlace")
	record PlaceJson(UUID id, String name, PlaceKind kind, @Nullable String description) {

		static PlaceJson of(SuggestedPlace place) {
			return new PlaceJson(place.id(), place.name(), place.kind(), place.description());
		}

	}

}
