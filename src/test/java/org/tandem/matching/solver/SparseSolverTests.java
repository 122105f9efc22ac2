package org.tandem.matching.solver;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tandem.matching.solver.AssignmentSolverTests.Instance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sparse first solve (candidate mentors, then a check of the duals against full rows)
 * forced on small instances, where few candidates per mentee are usually wrong and the
 * widening must repair them.
 */
class SparseSolverTests {

	private static final int UNLIMITED = Integer.MAX_VALUE;

	@ParameterizedTest
	@EnumSource(Objective.class)
	void matchesTheBruteForceOptimumWithOneToThreeCandidates(Objective objective) {
		for (long seed = 1; seed <= 3000; seed++) {
			Instance instance = Instance.random(seed, 7, 5, 4);
			int k = 1 + (int) (seed % 3);
			check(instance, objective, k, UNLIMITED, "seed " + seed + " k " + k,
					s -> BruteForce.optimum(instance.scores(), instance.capacities(), s));
		}
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void matchesTheFlowSolverOnMediumInstancesWithFewCandidates(Objective objective) {
		for (long seed = 1; seed <= 150; seed++) {
			Instance instance = Instance.random(seed, 60, 25, 5);
			int k = 1 + (int) (seed % 4);
			check(instance, objective, k, UNLIMITED, "seed " + seed + " k " + k,
					s -> FlowOracle.optimum(instance.scores(), instance.capacities(), s));
		}
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void matchesTheFlowSolverOnSquareWideRangeInstances(Objective objective) {
		for (long seed = 1; seed <= 80; seed++) {
			Random random = new Random(seed);
			int size = 1 + random.nextInt(50);
			int[][] scores = new int[size][size];
			for (int[] row : scores) {
				for (int j = 0; j < size; j++) {
					row[j] = seed % 3 == 0 && random.nextInt(8) == 0 ? -1 : random.nextInt(1_000_000);
				}
			}
			int[] capacities = new int[size];
			Arrays.fill(capacities, 1);
			Instance instance = new Instance(scores, capacities);
			check(instance, objective, 2, UNLIMITED, "seed " + seed, s -> FlowOracle.optimum(scores, capacities, s));
		}
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void matchesTheFlowSolverOnTieHeavyInstancesWithFewCandidates(Objective objective) {
		// a row's candidates are cut inside a run of equal scores: the check must accept
		// a row at the cut without reading it again, and widen it otherwise
		for (long seed = 1; seed <= 150; seed++) {
			Instance instance = Instance.ties(seed, 60, 30, 3);
			int k = 1 + (int) (seed % 5);
			check(instance, objective, k, UNLIMITED, "seed " + seed + " k " + k,
					s -> FlowOracle.optimum(instance.scores(), instance.capacities(), s));
		}
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void matchesTheFlowSolverWhenRowsScoreOnDifferentScales(Objective objective) {
		// rows alternate between high and low scores, so the cut guessed from the rows
		// before is often too high and a row must be read again
		for (long seed = 1; seed <= 80; seed++) {
			Random random = new Random(seed);
			int mentees = 1 + random.nextInt(50);
			int mentors = 1 + random.nextInt(30);
			int[][] scores = new int[mentees][mentors];
			for (int i = 0; i < mentees; i++) {
				int base = random.nextInt(3) == 0 ? 0 : 100 * random.nextInt(4);
				for (int j = 0; j < mentors; j++) {
					scores[i][j] = random.nextInt(10) == 0 ? -1 : base + random.nextInt(1 + random.nextInt(30));
				}
			}
			int[] capacities = new int[mentors];
			for (int j = 0; j < mentors; j++) {
				capacities[j] = random.nextInt(4);
			}
			Instance instance = new Instance(scores, capacities);
			int k = 1 + (int) (seed % 4);
			check(instance, objective, k, UNLIMITED, "seed " + seed + " k " + k,
					s -> FlowOracle.optimum(scores, capacities, s));
		}
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void widensMenteesWhoseOptimumLiesOutsideTheirCheapestMentors(Objective objective) {
		// everyone likes mentor 0 best and mentor 1 second: with one or two candidates
		// each, all but two mentees first end with nobody, yet the optimum gives
		// mentee i mentor i
		int size = 6;
		int[][] scores = new int[size][size];
		for (int i = 0; i < size; i++) {
			for (int j = 0; j < size; j++) {
				scores[i][j] = j == 0 ? 100 : j == 1 ? 90 : j == i ? 80 - i : 10;
			}
		}
		int[] capacities = new int[size];
		Arrays.fill(capacities, 1);
		Instance instance = new Instance(scores, capacities);
		for (int k = 1; k <= 2; k++) {
			Assignment result = check(instance, objective, k, UNLIMITED, "k " + k,
					s -> BruteForce.optimum(scores, capacities, s));
			assertThat(result.matched()).isEqualTo(size);
			assertThat(result.mentorOf()[5]).isEqualTo(5);
		}
	}

	@Test
	void widensMentorsWithManyPlacesToo() {
		// mentor 0 has 3 places and is everyone's first choice; mentors 1 and 2 are
		// outside every mentee's single candidate
		int[][] scores = { { 50, 40, 1 }, { 50, 1, 40 }, { 50, 45, 1 }, { 50, 1, 45 }, { 50, 1, 1 } };
		int[] capacities = { 3, 1, 1 };
		Instance instance = new Instance(scores, capacities);
		for (Objective objective : Objective.values()) {
			Assignment result = check(instance, objective, 1, UNLIMITED, "capacities",
					s -> BruteForce.optimum(scores, capacities, s));
			assertThat(result.matched()).isEqualTo(5);
		}
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void fallsBackToFullRowsWhenTheCandidatesKeepFallingShort(Objective objective) {
		for (long seed = 1; seed <= 100; seed++) {
			Instance instance = Instance.random(seed, 40, 20, 3);
			check(instance, objective, 1, 1, "seed " + seed,
					s -> FlowOracle.optimum(instance.scores(), instance.capacities(), s));
		}
	}

	@ParameterizedTest
	@EnumSource(Objective.class)
	void givesUpOnCandidatesWhenEveryoneRanksTheMentorsAlike(Objective objective) {
		// every mentee's few cheapest mentors are the same ones, so the first check
		// finds more missing mentors than the candidates held and full rows take over
		for (long seed = 1; seed <= 30; seed++) {
			Random random = new Random(seed);
			int size = 20 + random.nextInt(40);
			int[][] scores = new int[size][size];
			for (int[] row : scores) {
				for (int j = 0; j < size; j++) {
					row[j] = j * 200 + random.nextInt(1000);
				}
			}
			int[] capacities = new int[size];
			Arrays.fill(capacities, 1);
			Instance instance = new Instance(scores, capacities);
			check(instance, objective, 2, 4, "seed " + seed, s -> FlowOracle.optimum(scores, capacities, s));
		}
	}

	@Test
	void largeWideRangeInstancesTakeTheSparseRouteAndAgreeWithFullRows() {
		Random random = new Random(11);
		int mentees = 1200;
		int mentors = 900;
		int[][] scores = new int[mentees][mentors];
		for (int[] row : scores) {
			for (int j = 0; j < mentors; j++) {
				row[j] = random.nextInt(20) == 0 ? -1 : random.nextInt(1_000_000);
			}
		}
		int[] capacities = new int[mentors];
		for (int j = 0; j < mentors; j++) {
			capacities[j] = random.nextInt(3);
		}
		assertThat(AssignmentSolver.sparseFits(mentees, mentors)).isTrue();
		for (Objective objective : Objective.values()) {
			Assignment sparse = AssignmentSolver.solve(scores, capacities, objective);
			Assignment full = AssignmentSolver.solve(scores, capacities, objective, 0, 0);
			assertThat(sparse.objective()).as(objective.name()).isEqualTo(full.objective());
			assertThat(sparse.matched()).as(objective.name()).isEqualTo(full.matched());
			AssignmentSolverTests.assertValid(scores, capacities, sparse, objective.name());
		}
	}

	@Test
	void largeTieHeavyInstancesTakeTheSparseRouteAndAgreeWithFullRows() {
		// scores 0-120 in steps of 10, capacities 1-3: every mentee has dozens of mentors
		// at its best score, and places are about as many as mentees
		for (long seed = 1; seed <= 3; seed++) {
			Random random = new Random(seed);
			int mentees = 1500;
			int mentors = 750;
			int[][] scores = new int[mentees][mentors];
			for (int[] row : scores) {
				for (int j = 0; j < mentors; j++) {
					row[j] = seed == 2 && random.nextInt(10) == 0 ? -1 : 10 * random.nextInt(13);
				}
			}
			int[] capacities = new int[mentors];
			for (int j = 0; j < mentors; j++) {
				capacities[j] = seed == 3 ? 1 : 1 + random.nextInt(3);
			}
			assertThat(AssignmentSolver.sparseFits(mentees, mentors)).isTrue();
			for (Objective objective : Objective.values()) {
				Assignment sparse = AssignmentSolver.solve(scores, capacities, objective);
				Assignment full = AssignmentSolver.solve(scores, capacities, objective, 0, 0);
				String label = "seed " + seed + " " + objective;
				assertThat(sparse.objective()).as(label).isEqualTo(full.objective());
				assertThat(sparse.matched()).as(label).isEqualTo(full.matched());
				AssignmentSolverTests.assertValid(scores, capacities, sparse, label);
			}
		}
	}

	@Test
	void onlyLargeInstancesTakeTheSparseRoute() {
		assertThat(AssignmentSolver.sparseFits(4000, 4000)).isTrue();
		assertThat(AssignmentSolver.sparseFits(2000, 1000)).isTrue();
		assertThat(AssignmentSolver.sparseFits(100, 100)).isFalse();
		assertThat(AssignmentSolver.sparseFits(20_000, 50)).isFalse();
	}

	private static Assignment check(Instance instance, Objective objective, int k, int rounds, String label,
			Function<Objective, long[]> oracle) {
		int[][] scores = instance.scores();
		int[] capacities = instance.capacities();
		Assignment result = AssignmentSolver.solve(scores, capacities, objective, k, rounds);
		long[] best = oracle.apply(objective);
		String context = label + " " + objective + " scores=" + Arrays.deepToString(scores) + " capacities="
				+ Arrays.toString(capacities);
		AssignmentSolverTests.assertValid(scores, capacities, result, context);
		assertThat(result.objective()).as(context).isEqualTo(best[0]);
		assertThat(result.matched()).as(context).isEqualTo((int) best[1]);
		assertThat(AssignmentSolver.solve(scores, capacities, objective, k, rounds).mentorOf())
			.as(context + " determinism")
			.containsExactly(result.mentorOf());
		return result;
	}

}
