package org.tandem.matching.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.matching.MatchingRunId;
import org.tandem.matching.MatchingRuns;
import org.tandem.matching.PersonPair;
import org.tandem.matching.RunMode;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Matching runs in the JSON API (the committee and administrators).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Matching")
class MatchingApi {

	private final MatchingRuns runs;

	MatchingApi(MatchingRuns runs) {
		this.runs = runs;
	}

	@Audited(value = "matching.run.start", target = "program {id}")
	@PostMapping("/programs/{id}/matching-runs")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Run the matcher and keep the result as a draft (committee or administrators)",
			description = "forbid and pin are lists of [mentorId, menteeId] (person ids). The assignment is exact: "
					+ "by default it matches as many mentees as possible, then maximises the total score (the "
					+ "program may choose the highest total score only), subject to capacities (active pairings "
					+ "count), forbidden pairs, supervisory chains at any depth, required criteria and pins. "
					+ "mode PREFERENCES computes a mentee-optimal stable assignment from the participants' "
					+ "rankings instead. 400 if a pair names someone who is not an active mentor or mentee of the "
					+ "program, a mentee is pinned twice, or a pair is both pinned and forbidden; 409 if a pin "
					+ "breaks a hard constraint or a capacity. 403 for mentors and mentees, 404 for people who "
					+ "cannot see the program.")
	MatchingRunJson start(@AuthenticationPrincipal TandemPrincipal me, @PathVariable ProgramId id,
			@RequestBody(required = false) @Nullable StartRun request) {
		StartRun body = (request != null) ? request : new StartRun(null, null, null);
		List<FieldError> problems = new ArrayList<>();
		List<PersonPair> forbid = pairs("forbid", body.forbid(), problems);
		List<PersonPair> pin = pairs("pin", body.pin(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		RunMode mode = (body.mode() != null) ? body.mode() : RunMode.OPTIMAL;
		return MatchingRunJson.of(this.runs.start(id, me, mode, forbid, pin));
	}

	@GetMapping("/matching-runs/{id}")
	@Operation(summary = "Read a matching run (committee or administrators)",
			description = "403 for mentors and mentees of the program, 404 for anyone else.")
	MatchingRunJson show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable MatchingRunId id) {
		return MatchingRunJson.of(this.runs.managed(id, me));
	}

	@Audited(value = "matching.run.publish", target = "matching run {id}")
	@PostMapping("/matching-runs/{id}/publish")
	@Operation(summary = "Publish a draft run: one active pairing per proposal (committee or administrators)",
			description = "All or nothing: 409 if the run is not a draft (published or discarded already) or a "
					+ "proposal can no longer start (a capacity filled, a mentee paired since the run); then "
					+ "nothing is written. The program's other drafts are discarded.")
	MatchingRunJson publish(@AuthenticationPrincipal TandemPrincipal me, @PathVariable MatchingRunId id) {
		return MatchingRunJson.of(this.runs.publish(id, me));
	}

	@Audited(value = "matching.run.discard", target = "matching run {id}")
	@PostMapping("/matching-runs/{id}/discard")
	@Operation(summary = "Discard a draft run (committee or administrators)",
			description = "409 if the run is not a draft.")
	MatchingRunJson discard(@AuthenticationPrincipal TandemPrincipal me, @PathVariable MatchingRunId id) {
		return MatchingRunJson.of(this.runs.discard(id, me));
	}

	private static List<PersonPair> pairs(String field, @Nullable List<@Nullable List<@Nullable String>> pairs,
			List<FieldError> problems) {
		List<PersonPair> result = new ArrayList<>();
		if (pairs == null) {
			return result;
		}
		for (int k = 0; k < pairs.size(); k++) {
			List<@Nullable String> pair = pairs.get(k);
			if (pair == null || pair.size() != 2) {
				problems.add(new FieldError(field + "[" + k + "]", "must be [mentorId, menteeId]"));
				continue;
			}
			UUID mentor = uuid(pair.get(0));
			UUID mentee = uuid(pair.get(1));
			if (mentor == null) {
				problems.add(new FieldError(field + "[" + k + "][0]", "must be a person id"));
			}
			if (mentee == null) {
				problems.add(new FieldError(field + "[" + k + "][1]", "must be a person id"));
			}
			if (mentor != null && mentee != null) {
				result.add(new PersonPair(mentor, mentee));
			}
		}
		return result;
	}

	private static @Nullable UUID uuid(@Nullable String text) {
		if (text == null) {
			return null;
		}
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The body of a new run; every field is optional.
	 */
	record StartRun(@Nullable List<@Nullable List<@Nullable String>> forbid,
			@Nullable List<@Nullable List<@Nullable String>> pin, @Nullable RunMode mode) {
	}

}
