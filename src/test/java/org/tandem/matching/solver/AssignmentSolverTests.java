package org.tandem.matching.solver;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentSolverTests {

	@ParameterizedTest
	@EnumSource(Objective.class)
	void matchesTheBruteForceOptimumOnSmallRandomInstances(Objective objective) {
		for (long seed = 1; seed <= 3000; seed++) {
			Random random = new Random(seed);
			int mentees = random.nextInt(7);
			int mentors = random.nextInt(5);
			int[] capacities = new int[mentors];
			for (int j = 0; j < mentors; j++) {
				capacities[j] = random.nextInt(4);
			}
			int range = 1 + random.nextInt(random.nextBoolean() ? 3 : 50);
			double forbidden = random.nextInt(4) * 0.25;
			int[][] scores = new int[mentees][mentors];
			for (int[] row : scores) {
				for (int j = 0; j < mentors; j++) {
					row[j] = random.nextDouble() < forbidden ? -1 - random.nextInt(5) : random.nextInt(range);
				}
			}
			check(scores, capacities, objective, "seed " + seed);
		}
	}

	static void check(int[][] scores, int[] capacities, Objective objective, String label) {
		Assignment result = AssignmentSolver.solve(scores, capacities, objective);
		long[] oracle = BruteForce.optimum(scores, capacities, objective);
		String context = label + " " + objective + " scores=" + Arrays.deepToString(scores) + " capacities="
				+ Arrays.toString(capacities);
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
		assertThat(result.objective()).as(context).isEqualTo(score).isEqualTo(oracle[0]);
		assertThat(result.matched()).as(context).isEqualTo(matched).isEqualTo((int) oracle[1]);
		assertThat(AssignmentSolver.solve(scores, capacities, objective).mentorOf()).as(context + " determinism")
			.containsExactly(result.mentorOf());
	}

	@Test
	void placeholder() {
	}

}
