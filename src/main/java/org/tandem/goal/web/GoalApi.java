package org.tandem.goal.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.goal.Goal;
import org.tandem.goal.GoalId;
import org.tandem.goal.Goals;
import org.tandem.pairing.PairingId;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pair's goals and the comments on them in the JSON API. Everyone outside the pair,
 * the committee and administrators included, gets 404.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Goals")
class GoalApi {

	private static final String PAIR_ONLY = " Goals are the pair's: 404 for anyone else, the committee and "
			+ "administrators included.";

	private final Goals goals;

	GoalApi(Goals goals) {
		this.goals = goals;
	}

	@PostMapping("/pairings/{id}/goals")
	@Operation(summary = "Set a goal (the pair)",
			description = "title (1 to 200 characters), description (up to 5000), targetOn (not before the "
					+ "pairing started, at most 10 years ahead), ownerId (the mentor or the mentee: mentors set "
					+ "learning goals too; the caller when left out). A new goal is OPEN with progress 0 and no "
					+ "milestones. 409 if the pairing is closed or has 100 goals." + PAIR_ONLY)
	ResponseEntity<GoalJson> add(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestBody GoalJson.Create request) {
		Goal goal = this.goals.add(id, me, request.toNewGoal());
		return ResponseEntity.created(URI.create("/api/v1/goals/" + goal.id())).body(GoalJson.of(goal));
	}

	@GetMapping("/pairings/{id}/goals")
	@Operation(summary = "A pairing's goals, in the order they were set (the pair)", description = PAIR_ONLY)
	PageResponse<GoalJson> list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PairingId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.goals.list(id, me, Paging.of(page, size)).map(GoalJson::of);
	}

	@GetMapping("/goals/{id}")
	@Operation(summary = "A goal (the pair)", description = PAIR_ONLY)
	GoalJson show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id) {
		return GoalJson.of(this.goals.find(id, me).goal());
	}

	@PatchMapping("/goals/{id}")
	@Operation(summary = "Change a goal (either of the pair)",
			description = "Both members may change any goal of the pair: it is their shared plan. An omitted "
					+ "field stays; a blank description is cleared; targetOn null removes the date; progress 0 to "
					+ "100; status OPEN, ACHIEVED or DROPPED (ACHIEVED without a progress sets it to 100); "
					+ "milestones replace the list (at most 30, each title 1 to 200 characters). 409 if the "
					+ "pairing is closed." + PAIR_ONLY)
	GoalJson change(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@RequestBody GoalJson.Change request) {
		return GoalJson.of(this.goals.change(id, me, request.toChange()));
	}

	@PostMapping("/goals/{id}/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Comment on a goal (either of the pair)",
			description = "body 1 to 5000 characters. 409 if the pairing is closed." + PAIR_ONLY)
	GoalJson.CommentJson comment(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@RequestBody GoalJson.NewComment request) {
		return GoalJson.CommentJson.of(this.goals.comment(id, me, request.body()));
	}

	@GetMapping("/goals/{id}/comments")
	@Operation(summary = "A goal's comments, newest first (the pair)", description = PAIR_ONLY)
	PageResponse<GoalJson.CommentJson> comments(@AuthenticationPrincipal TandemPrincipal me, @PathVariable GoalId id,
			@RequestParam(required = false) @Nullable Integer page,
			@RequestParam(required = false) @Nullable Integer size) {
		return this.goals.comments(id, me, Paging.of(page, size)).map(GoalJson.CommentJson::of);
	}

}
