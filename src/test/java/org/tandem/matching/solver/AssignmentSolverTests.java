package org.tandem.matching.solver;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.tandem.matching.solver.Objective.HIGHEST_SCORE;
import static org.tandem.matching.solver.Objective.MOST_MATCHED_THEN_SCORE;

class AssignmentSolverTests {

	@ParameterizedTest
	@EnumSource(Objective.class)
	void matchesTheBruteForceOptimumOnSmallRandomInstances(Objective objective) {
		for (long seed = 1; seed <= 4000; seed++) {
			Instance instance = Instance.random(seed, 7, 5, 4);
			check(instance, objective, "seed " + seed,
					s -> BruteForce.optimum(instance.scores, instance.capacities, s));
		}
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void matchesAnIndependentFlowSolverOnMediumRandomInstances(Objective objective) {
		// large enough for the row reduction's budget and long augmenting paths to matter
		for (long seed = 1; seed <= 150; seed++) {
			Instance instance = Instance.random(seed, 60, 25, 5);
			check(instance, objective, "seed " + seed,
					s -> FlowOracle.optimum(instance.scores, instance.capacities, s));
		}
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void matchesTheFlowSolverWhenMentorsHoldManyMenteesEach(Objective objective) {
		// mentors with up to 9 places: the row reduction cheapens full columns with
		// several
		// members and the paths scan every member of a settled mentor
		for (long seed = 1; seed <= 200; seed++) {
			Instance instance = Instance.random(seed, 45, 10, 9);
			check(instance, objective, "seed " + seed,
					s -> FlowOracle.optimum(instance.scores, instance.capacities, s));
		}
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void matchesTheFlowSolverOnSquareInstancesWithOnePlaceEach(Objective objective) {
		for (long seed = 1; seed <= 100; seed++) {
			Random random = new Random(seed);
			int size = 1 + random.nextInt(40);
			int range = 1 + random.nextInt(random.nextBoolean() ? 4 : 1_000_000);
			// without forbidden pairs the paths take their loop for plain costs
			boolean forbidden = seed % 2 == 0;
			int[][] scores = new int[size][size];
			for (int[] row : scores) {
				for (int j = 0; j < size; j++) {
					row[j] = forbidden && random.nextInt(10) == 0 ? -1 : random.nextInt(range);
				}
			}
			int[] capacities = new int[size];
			Arrays.fill(capacities, 1);
			Instance instance = new Instance(scores, capacities);
			check(instance, objective, "seed " + seed, s -> FlowOracle.optimum(scores, capacities, s));
		}
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void matchesTheFlowSolverOnTieHeavyInstances(Objective objective) {
		// criteria points: a few distinct scores in steps, so most mentees have many
		// equally good mentors and places run short
		for (long seed = 1; seed <= 150; seed++) {
			Instance instance = Instance.ties(seed, 60, 30, 3);
			check(instance, objective, "seed " + seed,
					s -> FlowOracle.optimum(instance.scores, instance.capacities, s));
		}
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void everyoneWantsTheSameMentorWhosePlacesRunOut(Objective objective) {
		// identical rows: all ties, one mentor much better than the rest
		int[][] scores = new int[9][4];
		for (int[] row : scores) {
			row[0] = 50;
			row[1] = 10;
			row[2] = 10;
			row[3] = -1;
		}
		Instance instance = new Instance(scores, new int[] { 3, 2, 2, 5 });
		check(instance, objective, "same mentor", s -> BruteForce.optimum(scores, instance.capacities, s));
		assertThat(AssignmentSolver.solve(scores, instance.capacities, objective).matched()).isEqualTo(7);
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void noMentorsOrNoMenteesMatchNobody(Objective objective) {
		assertThat(AssignmentSolver.solve(new int[3][0], new int[0], objective).mentorOf()).containsExactly(-1, -1, -1);
		Assignment none = AssignmentSolver.solve(new int[0][], new int[] { 2, 1 }, objective);
		assertThat(none.mentorOf()).isEmpty();
		assertThat(none.matched()).isZero();
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void capacityZeroAndEverythingForbiddenMatchNobody(Objective objective) {
		assertThat(AssignmentSolver.solve(new int[][] { { 5, 7 }, { 1, 2 } }, new int[] { 0, 0 }, objective))
			.usingRecursiveComparison()
			.isEqualTo(new Assignment(0, 0, new int[] { -1, -1 }));
		assertThat(AssignmentSolver.solve(new int[][] { { -1, -3 }, { -1, -1 } }, new int[] { 2, 1 }, objective)
			.mentorOf()).containsExactly(-1, -1);
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void aMentorWithMorePlacesThanMenteesTakesThemAll(Objective objective) {
		Assignment result = AssignmentSolver.solve(new int[][] { { 3, 9 }, { 4, 1 }, { 0, 8 } },
				new int[] { 1_000_000, 1 }, objective);
		assertThat(result.mentorOf()).containsExactly(0, 0, 1);
		assertThat(result.objective()).isEqualTo(15);
	}

	@Test
	void matchedCountComesFirstUnlessTheCommitteeAsksForTheHighestScore() {
		// mentee 1 can only have mentor 0, whom mentee 0 likes best
		int[][] scores = { { 10, 0 }, { 1, -1 } };
		int[] capacities = { 1, 1 };
		assertThat(AssignmentSolver.solve(scores, capacities, MOST_MATCHED_THEN_SCORE)).usingRecursiveComparison()
			.isEqualTo(new Assignment(1, 2, new int[] { 1, 0 }));
		assertThat(AssignmentSolver.solve(scores, capacities, HIGHEST_SCORE)).usingRecursiveComparison()
			.isEqualTo(new Assignment(10, 1, new int[] { 0, -1 }));
	}

	@Test
	void theHighestScoreStillMatchesWhenAZeroScorePairCostsNothing() {
		assertThat(AssignmentSolver.solve(new int[][] { { 0 } }, new int[] { 1 }, HIGHEST_SCORE).matched()).isOne();
	}

	@Test
	void tiesResolveTheSameWayEveryTime() {
		int[][] scores = new int[12][6];
		for (int[] row : scores) {
			Arrays.fill(row, 5);
		}
		int[] first = AssignmentSolver.solve(scores, new int[] { 2, 2, 2, 2, 2, 2 }, MOST_MATCHED_THEN_SCORE)
			.mentorOf();
		for (int run = 0; run < 5; run++) {
			assertThat(
					AssignmentSolver.solve(scores, new int[] { 2, 2, 2, 2, 2, 2 }, MOST_MATCHED_THEN_SCORE).mentorOf())
				.containsExactly(first);
		}
	}

	@Test
	void rejectsANegativeCapacityAndARaggedMatrix() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AssignmentSolver.solve(new int[][] { { 1 } }, new int[] { -1 }, HIGHEST_SCORE))
			.withMessageContaining("negative");
		assertThatIllegalArgumentException()
			.isThrownBy(
					() -> AssignmentSolver.solve(new int[][] { { 1, 2 }, { 1 } }, new int[] { 1, 1 }, HIGHEST_SCORE))
			.withMessageContaining("row 1");
	}

	@Test
	void handlesTheLargestScores() {
		int max = Integer.MAX_VALUE;
		Instance instance = new Instance(new int[][] { { max, 0, max }, { max, max, -1 }, { 0, max, max } },
				new int[] { 1, 1, 1 });
		for (Objective objective : Objective.values()) {
			check(instance, objective, "largest", s -> BruteForce.optimum(instance.scores, instance.capacities, s));
		}
	}

	static void check(Instance instance, Objective objective, String label, Function<Objective, long[]> oracle) {
		int[][] scores = instance.scores;
		int[] capacities = instance.capacities;
		Assignment result = AssignmentSolver.solve(scores, capacities, objective);
		long[] best = oracle.apply(objective);
		String context = label + " " + objective + " scores=" + Arrays.deepToString(scores) + " capacities="
				+ Arrays.toString(capacities);
		assertValid(scores, capacities, result, context);
		assertThat(result.objective()).as(context).isEqualTo(best[0]);
		assertThat(result.matched()).as(context).isEqualTo((int) best[1]);
		assertThat(AssignmentSolver.solve(scores, capacities, objective).mentorOf()).as(context + " determinism")
			.containsExactly(result.mentorOf());
	}

	/**
	 * The assignment is feasible (no forbidden pair, no mentor over capacity) and its
	 * objective and matched count are those of the pairs it names.
	 */
	static void assertValid(int[][] scores, int[] capacities, Assignment result, String context) {
		int[] load = new int[capacities.length];
		long score = 0;
		int matched = 0;
		assertThat(result.mentorOf()).as(context).hasSize(scores.length);
		for (int i = 0; i < scores.length; i++) {
			int j = result.mentorOf()[i];
			if (j >= 0) {
				assertThat(scores[i][j]).as(context + " forbidden pair " + i + "-" + j).isNotNegative();
				load[j]++;
				score += scores[i][j];
				matched++;
			}
		}
		for (int j = 0; j < capacities.length; j++) {
			assertThat(load[j]).as(context + " load of " + j).isLessThanOrEqualTo(capacities[j]);
		}
		assertThat(result.objective()).as(context).isEqualTo(score);
		assertThat(result.matched()).as(context).isEqualTo(matched);
	}

	/**
	 * A random instance mixing every kind: forbidden pairs, ties, capacity 0, empty
	 * sides.
	 */
	record Instance(int[][] scores, int[] capacities) {

		static Instance random(long seed, int maxMentees, int maxMentors, int maxCapacity) {
			Random random = new Random(seed);
			int mentees = random.nextInt(maxMentees + 1);
			int mentors = random.nextInt(maxMentors + 1);
			int[] capacities = new int[mentors];
			for (int j = 0; j < mentors; j++) {
				capacities[j] = random.nextInt(maxCapacity + 1);
			}
			// a small range makes ties common, a large one makes them rare
			int range = 1 + random.nextInt(random.nextBoolean() ? 3 : 1000);
			double forbidden = random.nextInt(5) * 0.25;
			int[][] scores = new int[mentees][mentors];
			for (int[] row : scores) {
				for (int j = 0; j < mentors; j++) {
					row[j] = random.nextDouble() < forbidden ? -1 - random.nextInt(5) : random.nextInt(range);
				}
			}
			return new Instance(scores, capacities);
		}

		/**
		 * Scores on a grid of a few values ({@code 0, step, ..., levels * step}),
		 * capacities 1 to maxCapacity, no forbidden pair or up to a third of them.
		 */
		static Instance ties(long seed, int maxMentees, int maxMentors, int maxCapacity) {
			Random random = new Random(seed);
			int mentees = 1 + random.nextInt(maxMentees);
			int mentors = 1 + random.nextInt(maxMentors);
			int[] capacities = new int[mentors];
			for (int j = 0; j < mentors; j++) {
				capacities[j] = 1 + random.nextInt(maxCapacity);
			}
			int levels = 1 + random.nextInt(12);
			int step = random.nextBoolean() ? 1 : 10;
			double forbidden = random.nextInt(4) * 0.1;
			int[][] scores = new int[mentees][mentors];
			for (int[] row : scores) {
				for (int j = 0; j < mentors; j++) {
					row[j] = random.nextDouble() < forbidden ? -1 : random.nextInt(levels + 1) * step;
				}
			}
			return new Instance(scores, capacities);
		}

	}

}
