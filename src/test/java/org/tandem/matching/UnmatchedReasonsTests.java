package org.tandem.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.matching.solver.AssignmentSolver;
import org.tandem.matching.solver.Objective;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why mentees stay unmatched: named cases, the matcher under "highest total score only",
 * and many random instances checked against the solver's most-mentees optimum.
 */
class UnmatchedReasonsTests {

	static final UnmatchedReason NONE = UnmatchedReason.NO_FEASIBLE_MENTOR;

	static final UnmatchedReason FULL = UnmatchedReason.CAPACITY_EXHAUSTED;

	static final UnmatchedReason LEFT_OUT = UnmatchedReason.NOT_CHOSEN;

	@Test
	void namedCases() {
		// row 0 allowed nowhere; row 1 only with mentor 0, whose place row 2 needs (no
		// other)
		assertThat(UnmatchedReasons.of(new int[][] { { -1, -1 }, { 3, -1 }, { 5, -1 } }, new int[] { 1, 0 },
				new int[] { -1, -1, 0 }))
			.containsExactly(NONE, FULL, null);
		// row 0 could take mentor 0 if row 1 moved on to mentor 1, who has room
		assertThat(UnmatchedReasons.of(new int[][] { { 0, -1 }, { 9, 0 } }, new int[] { 1, 1 }, new int[] { -1, 0 }))
			.containsExactly(LEFT_OUT, null);
		// a chain of two moves still counts; capacity 0 is never a free place
		assertThat(UnmatchedReasons.of(new int[][] { { 1, -1, -1 }, { 5, 1, -1 }, { -1, 5, 0 } }, new int[] { 1, 1, 1 },
				new int[] { -1, 0, 1 }))
			.containsExactly(LEFT_OUT, null, null);
		assertThat(UnmatchedReasons.of(new int[][] { { 1, -1, -1 }, { 5, 1, -1 }, { -1, 5, 0 } }, new int[] { 1, 1, 0 },
				new int[] { -1, 0, 1 }))
			.containsExactly(FULL, null, null);
		// no mentors at all
		assertThat(UnmatchedReasons.of(new int[][] { {} }, new int[0], new int[] { -1 })).containsExactly(NONE);
	}

	@Test
	void highestScoreOnlyLeavesAMenteeOutWhomTheMostMenteesModePlaces() {
		Candidate archives = candidate(List.of("archives"), List.of());
		Candidate teaching = candidate(List.of("teaching"), List.of());
		Candidate wantsArchives = candidate(List.of(), List.of("archives"));
		Candidate wantsGrants = candidate(List.of(), List.of("grants"));
		List<PersonPair> forbid = List.of(new PersonPair(teaching.personId(), wantsGrants.personId()));
		MatchResult best = Matcher.run(input(Objective.HIGHEST_SCORE, archives, teaching, wantsArchives, wantsGrants),
				RunMode.OPTIMAL, forbid, List.of());
		assertThat(best.proposals()).singleElement()
			.satisfies((p) -> assertThat(p.menteeId()).isEqualTo(wantsArchives.personId()));
		assertThat(best.unmatched()).containsExactly(new Unmatched(wantsGrants.personId(), LEFT_OUT));
		MatchResult most = Matcher.run(
				input(Objective.MOST_MATCHED_THEN_SCORE, archives, teaching, wantsArchives, wantsGrants),
				RunMode.OPTIMAL, forbid, List.of());
		assertThat(most.proposals()).hasSize(2);
		assertThat(most.unmatched()).isEmpty();
	}

	/**
	 * Some mentee is left out by choice exactly when the assignment matches fewer mentees
	 * than possible; the most-mentees objective never leaves anyone out by choice; no
	 * feasible mentor means a row of forbidden pairs.
	 */
	@Test
	void randomInstancesAgreeWithTheMostMenteesOptimum() {
		for (long seed = 1; seed <= 500; seed++) {
			SplittableRandom random = new SplittableRandom(seed);
			int rows = random.nextInt(0, 8);
			int mentors = random.nextInt(0, 5);
			int[] capacities = new int[mentors];
			Arrays.setAll(capacities, (i) -> random.nextInt(0, 3));
			int[][] scores = new int[rows][mentors];
			for (int[] row : scores) {
				Arrays.setAll(row, (i) -> random.nextInt(4) == 0 ? -1 : random.nextInt(0, 12));
			}
			int[] most = mentorOf(scores, capacities, Objective.MOST_MATCHED_THEN_SCORE);
			int[] best = mentorOf(scores, capacities, Objective.HIGHEST_SCORE);
			UnmatchedReason[] mostReasons = UnmatchedReasons.of(scores, capacities, most);
			UnmatchedReason[] bestReasons = UnmatchedReasons.of(scores, capacities, best);
			String because = "seed " + seed;
			assertThat(mostReasons).as(because).doesNotContain(LEFT_OUT);
			assertThat(Arrays.asList(bestReasons).contains(LEFT_OUT)).as(because)
				.isEqualTo(matched(best) < matched(most));
			for (int row = 0; row < rows; row++) {
				boolean feasible = Arrays.stream(scores[row]).anyMatch((s) -> s >= 0);
				assertThat(bestReasons[row] == NONE).as(because).isEqualTo(best[row] < 0 && !feasible);
				assertThat(bestReasons[row] == null).as(because).isEqualTo(best[row] >= 0);
			}
		}
	}

	private static int[] mentorOf(int[][] scores, int[] capacities, Objective objective) {
		if (scores.length == 0 || capacities.length == 0) {
			int[] none = new int[scores.length];
			Arrays.fill(none, -1);
			return none;
		}
		return AssignmentSolver.solve(scores, capacities, objective).mentorOf();
	}

	private static long matched(int[] mentorOf) {
		return Arrays.stream(mentorOf).filter((m) -> m >= 0).count();
	}

	private static Candidate candidate(List<String> expertise, List<String> interests) {
		return Candidate.of(UUID.randomUUID(), null, null, expertise, interests, null, List.of(), List.of());
	}

	private static MatchingInput input(Objective objective, Candidate mentor1, Candidate mentor2, Candidate mentee1,
			Candidate mentee2) {
		MatchingSettings defaults = MatchingSettings.defaults();
		MatchingSettings settings = new MatchingSettings(objective, false, defaults.departmentMode(),
				defaults.maxPreferences(), Map.of());
		return new MatchingInput(settings, List.of(mentor1, mentor2), new int[] { 1, 1 }, List.of(mentee1, mentee2),
				Set.of(), Map.of(), Set.of(), Map.of(), Map.of());
	}

}
