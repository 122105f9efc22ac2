package org.tandem.matching.solver;

/**
 * Exhaustive search over every assignment of a small instance: the oracle of the property
 * tests.
 */
final class BruteForce {

	private final int[][] scores;

	private final int[] capacities;

	private final Objective objective;

	private final int[] used;

	private long bestScore = Long.MIN_VALUE;

	private int bestMatched = -1;

	private BruteForce(int[][] scores, int[] capacities, Objective objective) {
		this.scores = scores;
		this.capacities = capacities;
		this.objective = objective;
		this.used = new int[capacities.length];
	}

	/** Returns {@code {best objective, matched count of that optimum}}. */
	static long[] optimum(int[][] scores, int[] capacities, Objective objective) {
		BruteForce search = new BruteForce(scores, capacities, objective);
		search.visit(0, 0, 0);
		return new long[] { search.bestScore, search.bestMatched };
	}

	private void visit(int mentee, long score, int matched) {
		if (mentee == scores.length) {
			if (better(score, matched)) {
				bestScore = score;
				bestMatched = matched;
			}
			return;
		}
		visit(mentee + 1, score, matched);
		for (int j = 0; j < capacities.length; j++) {
			if (scores[mentee][j] >= 0 && used[j] < capacities[j]) {
				used[j]++;
				visit(mentee + 1, score + scores[mentee][j], matched + 1);
				used[j]--;
			}
		}
	}

	private boolean better(long score, int matched) {
		if (objective == Objective.MOST_MATCHED_THEN_SCORE) {
			return matched > bestMatched || (matched == bestMatched && score > bestScore);
		}
		return score > bestScore || (score == bestScore && matched > bestMatched);
	}

}
