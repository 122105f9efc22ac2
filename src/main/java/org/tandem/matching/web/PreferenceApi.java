package org.tandem.matching.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.matching.Rankings;
import org.tandem.program.ProgramId;
import org.tandem.program.Role;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A participant's own ranking for preferences mode in the JSON API (our addition to the
 * contract): the same rules as the rankings page.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Matching")
class PreferenceApi {

	private final Rankings rankings;

	PreferenceApi(Rankings rankings) {
		this.rankings = rankings;
	}

	@GetMapping("/programs/{id}/preferences/me")
	@Operation(summary = "Read my ranking for preferences mode (active mentors and mentees)",
			description = "A mentee gets mentorIds (the mentors they rank, first choice first), a mentor gets "
					+ "menteeIds; max is how many people the program lets one rank. 403 for committee members "
					+ "and administrators who are not a mentor or mentee of the program, 404 for people who "
					+ "cannot see the program.")
	RankingJson show(@AuthenticationPrincipal TandemPrincipal me, @PathVariable("id") ProgramId programId) {
		Role role = this.rankings.role(programId, me);
		return RankingJson.of(role, this.rankings.max(programId),
				this.rankings.rankingOf(programId, me.personId(), role));
	}

	@PutMapping("/programs/{id}/preferences/me")
	@Operation(summary = "Replace my ranking for preferences mode (active mentors and mentees)",
			description = "A mentee sends { \"mentorIds\": [..] } (active mentors of the program), a mentor "
					+ "{ \"menteeIds\": [..] } (active mentees), first choice first; an empty list clears the "
					+ "ranking. 400 for the other role's field, a duplicate, someone who is not listed, or more "
					+ "people than the program allows; then nothing is written. 403 for committee members and "
					+ "administrators who are not a mentor or mentee of the program, 404 for people who cannot "
					+ "see the program.")
	RankingJson replace(@AuthenticationPrincipal TandemPrincipal me, @PathVariable("id") ProgramId programId,
			@RequestBody RankingRequest request) {
		Role role = this.rankings.role(programId, me);
		String field = (role == Role.MENTEE) ? "mentorIds" : "menteeIds";
		String wrong = (role == Role.MENTEE) ? "menteeIds" : "mentorIds";
		List<@Nullable String> given = (role == Role.MENTEE) ? request.mentorIds() : request.menteeIds();
		List<@Nullable String> other = (role == Role.MENTEE) ? request.menteeIds() : request.mentorIds();
		List<FieldError> problems = new ArrayList<>();
		if (other != null) {
			problems.add(new FieldError(wrong, "is not yours to send: as a "
					+ role.name().toLowerCase(java.util.Locale.ROOT) + " you rank with " + field));
		}
		if (given == null) {
			problems.add(new FieldError(field, "is required (an empty list clears your ranking)"));
			throw new InvalidInputException(problems);
		}
		int max = this.rankings.max(programId);
		if (given.size() > max) {
			problems.add(new FieldError(field, "must hold at most " + max + " people"));
			throw new InvalidInputException(problems);
		}
		List<@Nullable UUID> choices = given.stream().map(PreferenceApi::uuid).toList();
		problems.addAll(this.rankings.problems(programId, role, choices, (k) -> field + "[" + k + "]"));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<UUID> ranking = choices.stream().map((c) -> (UUID) c).toList();
		this.rankings.replace(programId, me.personId(), role, ranking);
		return RankingJson.of(role, max, ranking);
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
	 * The body of {@code PUT}: the field of the caller's role only.
	 */
	record RankingRequest(@Nullable List<@Nullable String> mentorIds, @Nullable List<@Nullable String> menteeIds) {
	}

	/**
	 * A ranking: {@code mentorIds} for a mentee, {@code menteeIds} for a mentor.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RankingJson(Role role, int max, @Nullable List<UUID> mentorIds, @Nullable List<UUID> menteeIds) {

		static RankingJson of(Role role, int max, List<UUID> ranking) {
			return (role == Role.MENTEE) ? new RankingJson(role, max, ranking, null)
					: new RankingJson(role, max, null, ranking);
		}

	}

}
