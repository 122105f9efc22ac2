package org.tandem.activity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tandem.activity.Activities;
import org.tandem.activity.ActivityId;
import org.tandem.activity.PairActivities;
import org.tandem.audit.Audited;
import org.tandem.pairing.PairingId;
import org.tandem.program.ProgramId;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggested activities in the JSON API: a program's catalogue, which its committee keeps,
 * and each pair's checklist. Both lists are plain arrays, as API.md shows them: a
 * catalogue holds at most {@value Activities#MAX_ACTIVITIES} activities.
 */
@RestController
@Tag(name = "Goals and activities")
class ActivityApi {

	private final Activities activities;

	private final PairActivities pairActivities;

	ActivityApi(Activities activities, PairActivities pairActivities) {
		this.activities = activities;
		this.pairActivities = pairActivities;
	}

	@GetMapping("/api/v1/programs/{id}/activities")
	@Operation(summary = "A program's suggested activities",
			description = "In the committee's order; retired activities are left out. Readable by whoever may read "
					+ "the program (GET /programs/{id}); 404 for anyone else.")
	List<ActivityJson> catalogue(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id) {
		return this.activities.of(id, me).stream().map(ActivityJson::of).toList();
	}

	@Audited(value = "activity.add", target = "program {id}")
	@PostMapping("/api/v1/programs/{id}/activities")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Suggest a new activity (committee or administrators)",
			description = "title (required, 200 characters), description (2000). Added at the end of the "
					+ "catalogue. 403 for the program's participants, 404 for anyone who cannot see the program, "
					+ "409 when the program suggests " + Activities.MAX_ACTIVITIES + " activities already.")
	ActivityJson add(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestBody ActivityJson.Draft request) {
		return ActivityJson.of(this.activities.add(id, me, request.toDraft()));
	}

	@Audited(value = "activity.change", target = "activity {activityId} of program {id}")
	@PatchMapping("/api/v1/programs/{id}/activities/{activityId}")
	@Operation(summary = "Change a suggested activity (committee or administrators)",
			description = "Only the fields sent change; a blank description removes it. 404 for a retired activity.")
	ActivityJson change(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable ActivityId activityId, @RequestBody ActivityJson.Draft request) {
		return ActivityJson.of(this.activities.change(id, activityId, me, request.toDraft()));
	}

	@Audited(value = "activity.retire", target = "activity {activityId} of program {id}")
	@DeleteMapping("/api/v1/programs/{id}/activities/{activityId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Retire a suggested activity (committee or administrators)",
			description = "It leaves the catalogue and the checklists of the pairs that have not ticked it; the "
					+ "pairs that ticked it keep their record. 404 if it is retired already.")
	void retire(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@PathVariable ActivityId activityId) {
		this.activities.retire(id, activityId, me);
	}

	@GetMapping("/api/v1/pairings/{id}/activities")
	@Operation(summary = "The pair's checklist (the pair only)",
			description = "Each activity the program suggests, and each retired one the pair did, with the pair's "
					+ "done, doneOn and reflection. The reflection is confidential to the pair: for anyone else, the "
					+ "program's committee and administrators included, 404.")
	List<ActivityJson.OfPair> checklist(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id) {
		return this.pairActivities.of(id, me).items().stream().map(ActivityJson.OfPair::of).toList();
	}

	@PatchMapping("/api/v1/pairings/{id}/activities/{activityId}")
	@Operation(summary = "Tick or untick an activity, with a reflection (the pair only)",
			description = "done is required. doneOn (not in the future, not before the pairing started) defaults to "
					+ "today when ticking and is cleared when unticking. reflection (5000 characters): left out it "
					+ "stays, blank it is removed. 404 for anyone but the pair, 409 if the pairing is closed.")
	ActivityJson.OfPair tick(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@PathVariable ActivityId activityId, @RequestBody ActivityJson.Tick request) {
		return ActivityJson.OfPair.of(this.pairActivities.tick(id, activityId, me, request.toTick()));
	}

}
