package org.tandem.matching.solver;

import java.util.Arrays;

/**
 * A second, independent solver for medium instances where brute force is too slow:
 * successive longest augmenting paths found with Bellman-Ford on the mentee/mentor
 * residual graph, with capacities on mentors instead of slots. Each unit of flow is worth
 * {@code big + score} (matched count first) or {@code score * scale + 1} (score first).
 */
final class FlowOracle {

	private FlowOracle() {
	}

	/** Returns {@code {best objective, matched count of that optimum}}. */
	static long[] optimum(int[][] scores, int[] capacities, Objective objective) {
		int m = scores.length;
		int n = capacities.length;
		long big = 1;
		for (int[] row : scores) {
			for (int s : row) {
				big += Math.max(s, 0);
			}
		}
		long scale = m + 1;
		int[] mentorOf = new int[m];
		Arrays.fill(mentorOf, -1);
		int[] load = new int[n];
		while (true) {
			// best[i]: best gain of a path ending with mentee i freed of, or moved off,
			// its mentor
			long[] gainAtMentor = new long[n];
			int[] viaMentee = new int[n];
			Arrays.fill(gainAtMentor, Long.MIN_VALUE);
			long[] gainAtMentee = new long[m];
			for (int i = 0; i < m; i++) {
				gainAtMentee[i] = mentorOf[i] < 0 ? 0 : Long.MIN_VALUE;
			}
			boolean changed = true;
			while (changed) {
				changed = false;
				for (int i = 0; i < m; i++) {
					if (gainAtMentee[i] == Long.MIN_VALUE) {
						continue;
					}
					for (int j = 0; j < n; j++) {
						if (scores[i][j] < 0 || mentorOf[i] == j) {
							continue;
						}
						long g = gainAtMentee[i] + weight(scores[i][j], big, scale, objective);
						if (g > gainAtMentor[j]) {
							gainAtMentor[j] = g;
							viaMentee[j] = i;
							changed = true;
						}
					}
				}
				for (int i = 0; i < m; i++) {
					int j = mentorOf[i];
					if (j >= 0 && gainAtMentor[j] != Long.MIN_VALUE) {
						long g = gainAtMentor[j] - weight(scores[i][j], big, scale, objective);
						if (g > gainAtMentee[i]) {
							gainAtMentee[i] = g;
							changed = true;
						}
					}
				}
			}
			int end = -1;
			for (int j = 0; j < n; j++) {
				if (load[j] < capacities[j] && gainAtMentor[j] > 0
						&& (end < 0 || gainAtMentor[j] > gainAtMentor[end])) {
					end = j;
				}
			}
			if (end < 0) {
				break;
			}
			load[end]++;
			int j = end;
			while (true) {
				int i = viaMentee[j];
				int previous = mentorOf[i];
				mentorOf[i] = j;
				if (previous < 0) {
					break;
				}
				j = previous;
			}
		}
		long total = 0;
		int matched = 0;
		for (int i = 0; i < m; i++) {
			if (mentorOf[i] >= 0) {
				total += scores[i][mentorOf[i]];
				matched++;
			}
		}
		return new long[] { total, matched };
	}

	private static long weight(int score, long big, long scale, Objective objective) {
		return objective == Objective.MOST_MATCHED_THEN_SCORE ? big + score : score * scale + 1;
	}

}
