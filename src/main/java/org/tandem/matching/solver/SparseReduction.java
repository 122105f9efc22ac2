package org.tandem.matching.solver;

import java.util.Arrays;

/**
 * Augmenting row reduction for {@link SparseSolver}: the same rules as
 * {@link MentorSolver}'s (a free row takes its cheapest candidate, preferring one with a
 * free place; a full column is cheapened only as far as all its members but the displaced
 * one stay at a cheapest candidate, each member keeping a lower bound of its margin),
 * over candidate lists instead of full rows. It leaves the invariants the paths need:
 * every assigned row at a candidate of least reduced cost, {@code v < 0} only for full
 * columns.
 */
final class SparseReduction {

	private static final int STEPS_PER_ROW = 8;

	private final SparseSolver s;

	private final long[] slack;

	private final long[] vAt;

	private long first;

	private long second;

	private int firstAt;

	private int secondAt;

	SparseReduction(SparseSolver solver) {
		this.s = solver;
		this.slack = new long[solver.rows];
		this.vAt = new long[solver.rows];
	}

	/** One pass over the free rows; returns the rows still free, compacted into free. */
	int reduce(int[] free, int freeCount) {
		long[] v = s.v;
		int[] load = s.load;
		int[] capacity = s.capacity;
		int[] list = Arrays.copyOf(free, freeCount);
		int nextFree = 0;
		long budget = (long) STEPS_PER_ROW * s.rows;
		int k = 0;
		while (k < freeCount) {
			if (budget-- == 0) {
				while (k < freeCount) {
					free[nextFree++] = list[k++];
				}
				break;
			}
			int i = list[k++];
			bestTwo(i);
			long u1 = first;
			long u2 = second;
			int j1 = firstAt;
			int j2 = secondAt;
			if (load[j1] < capacity[j1]) {
				attach(i, j1, u1, u2 - u1);
				continue;
			}
			if (u1 == u2) {
				int displaced = load[j2] < capacity[j2] ? -1 : tightest(j2);
				if (displaced >= 0) {
					s.detach(displaced);
					free[nextFree++] = displaced;
				}
				attach(i, j2, u2, 0);
				continue;
			}
			int displaced = tightest(j1);
			long delta = Math.min(u2 - u1, secondMargin(j1, displaced));
			long cost = u1 + v[j1];
			v[j1] -= delta;
			s.detach(displaced);
			attach(i, j1, cost - v[j1], u2 - u1 - delta);
			if (delta > 0) {
				list[--k] = displaced;
			}
			else {
				free[nextFree++] = displaced;
			}
		}
		return nextFree;
	}

	/**
	 * The least and second least reduced cost of row i over its candidates and nobody;
	 * among equal ones a column with a free place wins, then the earlier candidate.
	 */
	private void bestTwo(int i) {
		long[] v = s.v;
		int[] load = s.load;
		int[] capacity = s.capacity;
		int[] c = s.cand[i];
		int[] cs = s.candScore[i];
		long top = s.top;
		long scale = s.scale;
		long u1 = Long.MAX_VALUE;
		long u2 = Long.MAX_VALUE;
		int j1 = -1;
		int j2 = -1;
		for (int t = 0, n = s.candCount[i]; t <= n; t++) {
			int j = t < n ? c[t] : s.m;
			long h = t < n ? (top - cs[t]) * scale - v[j] : s.unmatched;
			if (h < u2) {
				if (h < u1 || (h == u1 && load[j1] >= capacity[j1] && load[j] < capacity[j])) {
					u2 = u1;
					j2 = j1;
					u1 = h;
					j1 = j;
				}
				else {
					u2 = h;
					j2 = j;
				}
			}
			else if (h == u1 && load[j1] >= capacity[j1] && load[j] < capacity[j]) {
				j2 = j1;
				j1 = j;
			}
		}
		first = u1;
		second = u2;
		firstAt = j1;
		secondAt = j2;
	}

	/** The member of full column j with the smallest margin (the first one on ties). */
	private int tightest(int j) {
		long[] v = s.v;
		int[] next = s.next;
		int best = -1;
		long least = Long.MAX_VALUE;
		for (int r = s.head[j]; r >= 0; r = next[r]) {
			long margin = slack[r] - (vAt[r] - v[j]);
			if (margin < least) {
				least = margin;
				best = r;
			}
		}
		return best;
	}

	/** The smallest margin among the members of j other than {@code except}. */
	private long secondMargin(int j, int except) {
		long[] v = s.v;
		int[] next = s.next;
		long least = Long.MAX_VALUE;
		for (int r = s.head[j]; r >= 0; r = next[r]) {
			if (r != except) {
				least = Math.min(least, slack[r] - (vAt[r] - v[j]));
			}
		}
		return least;
	}

	/** Row i joins column j at reduced cost u (so its cost is u + v[j]). */
	private void attach(int i, int j, long u, long margin) {
		slack[i] = margin;
		vAt[i] = s.v[j];
		s.join(i, j, u + s.v[j]);
	}

}
