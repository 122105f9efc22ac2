package org.tandem.matching.solver;

import java.util.Arrays;

/**
 * Minimum-cost assignment of every row (mentee) to a column (mentor) with a capacity: a
 * transportation-style version of Jonker and Volgenant (1987). A mentor's places are
 * identical, so they share one column and one potential {@code v} instead of one slot
 * each. Column {@code mentors} is "nobody": unlimited places, every row pays
 * {@link Costs#unmatched()} there, as for a forbidden pair.
 *
 * <p>
 * Augmenting row reduction gives a cheap start, then one Dijkstra-like shortest
 * augmenting path ({@link AugmentingPath}) adds each remaining free row. Both keep the
 * invariants the paths need: every assigned row sits at a column of least reduced cost
 * {@code cost - v} (so all reduced costs are non-negative), and {@code v < 0} only for a
 * full column (the dual of a rectangular problem, where places may stay empty). A mentor
 * without places counts as full with a potential so low that no row ever wants it.
 *
 * <p>
 * Row reduction with groups: a column is only cheapened (its {@code v} lowered) when it
 * is full, and then by no more than every member but the displaced one can take while
 * staying at a least-cost column; each member keeps a lower bound of that margin
 * ({@code slack} when it was assigned, minus how much its column was lowered since).
 */
final class MentorSolver {

	/**
	 * Steps of augmenting row reduction per pass and row before handing over to paths.
	 */
	private static final int REDUCTION_STEPS_PER_ROW = 8;

	/** The potential of a mentor without places: far below any reachable one. */
	static final long CLOSED = -(1L << 61);

	final int[][] scores;

	final Costs costs;

	final int rows;

	final int mentors;

	/** Per column, "nobody" last. */
	final long[] v;

	final int[] capacity;

	final int[] load;

	/** First member row of each column, or -1; members are linked through next/prev. */
	final int[] head;

	final int[] next;

	final int[] prev;

	/** The column of each row, or -1 while it is free. */
	final int[] columnOf;

	private final long[] slack;

	private final long[] vAt;

	private long first;

	private long second;

	private int firstAt;

	private int secondAt;

	MentorSolver(int[][] scores, int[] capacities, Costs costs) {
		this.scores = scores;
		this.costs = costs;
		this.rows = scores.length;
		this.mentors = capacities.length;
		this.v = new long[mentors + 1];
		this.capacity = new int[mentors + 1];
		this.load = new int[mentors + 1];
		this.head = new int[mentors + 1];
		for (int j = 0; j < mentors; j++) {
			capacity[j] = Math.min(capacities[j], rows);
			if (capacity[j] == 0) {
				v[j] = CLOSED;
			}
		}
		capacity[mentors] = Integer.MAX_VALUE;
		Arrays.fill(head, -1);
		this.next = new int[rows];
		this.prev = new int[rows];
		this.columnOf = new int[rows];
		this.slack = new long[rows];
		this.vAt = new long[rows];
		Arrays.fill(columnOf, -1);
	}

	/** Returns the column of each row ({@code mentors} for nobody). */
	int[] solve() {
		int[] free = new int[rows];
		for (int i = 0; i < rows; i++) {
			free[i] = i;
		}
		int freeCount = reduceRows(free, rows);
		freeCount = reduceRows(free, freeCount);
		// shortest paths for the rest, lowest row first: a fixed order keeps ties
		// deterministic
		Arrays.sort(free, 0, freeCount);
		AugmentingPath paths = new AugmentingPath(this);
		for (int t = 0; t < freeCount; t++) {
			paths.augment(free[t]);
		}
		return columnOf;
	}

	/**
	 * One pass of augmenting row reduction: each free row takes its cheapest column
	 * (reduced by {@code v}), preferring one with a free place among equally cheap ones.
	 * A full column is cheapened towards the row's second choice and gives up its member
	 * with the least margin, which bids again at once when the column really got cheaper,
	 * otherwise in the next pass. Returns the rows still free, compacted into
	 * {@code free}.
	 */
	private int reduceRows(int[] free, int freeCount) {
		int[] list = Arrays.copyOf(free, freeCount);
		int nextFree = 0;
		long budget = (long) REDUCTION_STEPS_PER_ROW * rows;
		int k = 0;
		while (k < freeCount) {
			if (budget-- == 0) {
				while (k < freeCount) {
					free[nextFree++] = list[k++];
				}
				break;
			}
			int i = list[k++];
			bestTwo(scores[i]);
			long u1 = first;
			long u2 = second;
			int j1 = firstAt;
			int j2 = secondAt;
			if (load[j1] < capacity[j1]) {
				attach(i, j1, u2 - u1);
				continue;
			}
			if (u1 == u2) {
				j1 = j2;
				int displaced = load[j1] < capacity[j1] ? -1 : tightest(j1);
				if (displaced >= 0) {
					detach(displaced);
					free[nextFree++] = displaced;
				}
				attach(i, j1, 0);
				continue;
			}
			int displaced = tightest(j1);
			long delta = Math.min(u2 - u1, secondMargin(j1, displaced));
			v[j1] -= delta;
			detach(displaced);
			attach(i, j1, u2 - u1 - delta);
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
	 * Finds the least and second least reduced cost of a row ({@code first} at column
	 * {@code firstAt}, {@code second} at {@code secondAt}); among equal ones a column
	 * with a free place wins, then the lowest index. A method of its own so that the JIT
	 * compiles it early.
	 */
	private void bestTwo(int[] row) {
		long unmatched = costs.unmatched();
		long top = costs.top();
		long scale = costs.scale();
		long[] pot = v;
		int[] load = this.load;
		int[] capacity = this.capacity;
		int m = mentors;
		long u1 = Long.MAX_VALUE;
		long u2 = Long.MAX_VALUE;
		int j1 = -1;
		int j2 = -1;
		for (int j = 0; j < m; j++) {
			int s = row[j];
			long h = (s < 0 ? unmatched : (top - s) * scale) - pot[j];
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
				// u1 == u2: a third equally cheap column with a free place
				j2 = j1;
				j1 = j;
			}
		}
		// nobody: the last column, potential 0 and never full
		if (unmatched < u1 || (unmatched == u1 && load[j1] >= capacity[j1])) {
			u2 = u1;
			j2 = j1;
			u1 = unmatched;
			j1 = m;
		}
		else if (unmatched < u2) {
			u2 = unmatched;
			j2 = m;
		}
		first = u1;
		second = u2;
		firstAt = j1;
		secondAt = j2;
	}

	/** The member of full column j with the smallest margin (the first one on ties). */
	private int tightest(int j) {
		int best = -1;
		long least = Long.MAX_VALUE;
		for (int r = head[j]; r >= 0; r = next[r]) {
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
		long least = Long.MAX_VALUE;
		for (int r = head[j]; r >= 0; r = next[r]) {
			if (r != except) {
				least = Math.min(least, slack[r] - (vAt[r] - v[j]));
			}
		}
		return least;
	}

	private void attach(int i, int j, long margin) {
		slack[i] = margin;
		vAt[i] = v[j];
		join(i, j);
	}

	/** Makes row i a member of column j (nobody keeps no member list). */
	void join(int i, int j) {
		columnOf[i] = j;
		load[j]++;
		if (j == mentors) {
			return;
		}
		int first = head[j];
		next[i] = first;
		prev[i] = -1;
		if (first >= 0) {
			prev[first] = i;
		}
		head[j] = i;
	}

	/** Removes row i from its column. */
	void detach(int i) {
		int j = columnOf[i];
		columnOf[i] = -1;
		load[j]--;
		if (j == mentors) {
			return;
		}
		int before = prev[i];
		int after = next[i];
		if (before >= 0) {
			next[before] = after;
		}
		else {
			head[j] = after;
		}
		if (after >= 0) {
			prev[after] = before;
		}
	}

}
