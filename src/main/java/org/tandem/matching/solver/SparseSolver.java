package org.tandem.matching.solver;

import java.util.Arrays;

/**
 * The same minimum-cost assignment as {@link MentorSolver}, solved first on a few
 * candidate mentors per mentee (its cheapest ones) and then certified against the whole
 * matrix. On wide score ranges almost every mentee ends at one of its cheapest mentors,
 * and shortest paths over a handful of arcs per row are far cheaper than over full rows.
 *
 * <p>
 * Why the result is exact: the sparse solve keeps the duals of the rectangular problem
 * (potential {@code v <= 0} per mentor, {@code v < 0} only for a full mentor, "nobody" at
 * potential 0 and in every candidate list) and leaves every row at a candidate of least
 * reduced cost {@code cost - v}. The check then looks at each row: if no mentor at all is
 * cheaper for the row than its own (reduced), the duals are feasible for the whole
 * problem and complementary slackness holds, so the assignment is optimal. A row whose
 * reduced cost is no higher than the cost of its worst candidate, when its list was cut
 * short, passes without being read again (every mentor left out costs at least that, and
 * potentials are never positive): with many ties, nearly every row ends at a candidate of
 * the best score, so the matrix is read once in all. Rows that fail get the mentors that
 * beat them added to their candidates and the sparse problem is solved again; candidate
 * lists only grow, so this ends (at worst with full rows). Forbidden pairs are never
 * candidates: they cost as much as "nobody", which every row has.
 */
final class SparseSolver {

	private final int[][] scores;

	final int rows;

	final int m;

	final long top;

	final long scale;

	final long unmatched;

	private final boolean plain;

	/** Per column, "nobody" last (index m, unlimited places, potential always 0). */
	final int[] capacity;

	final long[] v;

	final int[] load;

	final int[] head;

	final int[] next;

	private final int[] prev;

	final int[] columnOf;

	/** Candidate columns of each row (without nobody) and how many are in use. */
	final int[][] cand;

	final int[] candCount;

	/** The scores of the candidates, beside them so the paths never touch the matrix. */
	final int[][] candScore;

	/** The cost of each assigned row at its column. */
	final long[] costAt;

	/**
	 * Per row, a lower bound of the cost of every mentor outside its candidates: the cost
	 * of its worst candidate when the list was cut short, else the cost of "nobody".
	 */
	private final long[] outside;

	private final SparsePaths paths;

	private final SparseReduction reduction;

	private final int k;

	SparseSolver(int[][] scores, int[] capacities, Costs costs, Candidates picked) {
		this.scores = scores;
		this.rows = scores.length;
		this.m = capacities.length;
		this.top = costs.top();
		this.scale = costs.scale();
		this.unmatched = costs.unmatched();
		this.plain = costs.plain();
		this.capacity = new int[m + 1];
		for (int j = 0; j < m; j++) {
			capacity[j] = Math.min(capacities[j], rows);
		}
		capacity[m] = Integer.MAX_VALUE;
		this.v = new long[m + 1];
		this.load = new int[m + 1];
		this.head = new int[m + 1];
		this.next = new int[rows];
		this.prev = new int[rows];
		this.columnOf = new int[rows];
		this.cand = picked.at;
		this.candScore = picked.score;
		this.candCount = new int[rows];
		this.costAt = new long[rows];
		this.outside = new long[rows];
		for (int i = 0; i < rows; i++) {
			candCount[i] = cand[i].length;
			int cut = picked.cut[i];
			outside[i] = cut >= 0 ? (top - cut) * scale : unmatched;
		}
		this.paths = new SparsePaths(this);
		this.reduction = new SparseReduction(this);
		this.k = picked.k;
	}

	long cost(int i, int j) {
		if (j == m) {
			return unmatched;
		}
		int s = scores[i][j];
		return s < 0 ? unmatched : (top - s) * scale;
	}

	/**
	 * Returns the column of each row ({@code m} for nobody), or null when the candidates
	 * still fall short after {@code maxRounds} sparse solves or one check would add more
	 * candidates than there were to begin with (then full rows are cheaper);
	 * {@code Integer.MAX_VALUE} lifts both limits (tests).
	 */
	int[] solve(int maxRounds) {
		long budget = maxRounds == Integer.MAX_VALUE ? Long.MAX_VALUE : (long) rows * k;
		for (int round = 1;; round++) {
			solveSparse();
			int widened = widenViolators(budget);
			if (widened == 0) {
				return columnOf;
			}
			if (widened < 0 || round >= maxRounds) {
				return null;
			}
		}
	}

	private void solveSparse() {
		Arrays.fill(v, 0);
		Arrays.fill(load, 0);
		Arrays.fill(head, -1);
		Arrays.fill(columnOf, -1);
		int[] free = new int[rows];
		for (int i = 0; i < rows; i++) {
			free[i] = i;
		}
		int freeCount = reduction.reduce(free, rows);
		reduction.reduce(free, freeCount);
		// the rows still free, lowest first: a fixed order keeps ties deterministic (a
		// path only moves assigned rows, so a row still free stays so until its turn)
		for (int i = 0; i < rows; i++) {
			if (columnOf[i] < 0) {
				paths.add(i);
			}
		}
	}

	/**
	 * Checks every row against all mentors; adds the mentors that beat a row's reduced
	 * cost to its candidates. Returns whether any row had to be widened.
	 */
	private int widenViolators(long budget) {
		boolean any = false;
		long added = 0;
		long[] pot = Arrays.copyOf(v, m);
		for (int j = 0; j < m; j++) {
			if (capacity[j] == 0) {
				pot[j] = MentorSolver.CLOSED;
			}
		}
		int[] found = new int[m];
		for (int i = 0; i < rows; i++) {
			int j0 = columnOf[i];
			long u = costAt[i] - v[j0];
			if (u <= outside[i]) {
				// no mentor outside the candidates can beat it: each costs at least
				// outside[i], and potentials are never positive
				continue;
			}
			int n = plain ? beatingPlain(scores[i], pot, top - u, found) : beating(scores[i], pot, u, found);
			if (n > 0) {
				any = true;
				added += n;
				if (added > budget) {
					// the candidates miss far too much (say, everyone ranks the mentors
					// alike): growing them would end up slower than full rows
					return -1;
				}
				int[] c = cand[i];
				int size = candCount[i];
				if (size + n > c.length) {
					c = Arrays.copyOf(c, Math.max(size + n, 2 * c.length));
					cand[i] = c;
					candScore[i] = Arrays.copyOf(candScore[i], c.length);
				}
				System.arraycopy(found, 0, c, size, n);
				for (int t = 0; t < n; t++) {
					candScore[i][size + t] = scores[i][found[t]];
				}
				candCount[i] = size + n;
			}
		}
		return any ? 1 : 0;
	}

	/** Columns where {@code top - s - v < u}, i.e. {@code s + v > top - u}. */
	private int beatingPlain(int[] row, long[] pot, long threshold, int[] found) {
		int n = 0;
		for (int j = 0; j < m; j++) {
			if (row[j] + pot[j] > threshold) {
				found[n++] = j;
			}
		}
		return n;
	}

	private int beating(int[] row, long[] pot, long u, int[] found) {
		int n = 0;
		for (int j = 0; j < m; j++) {
			int s = row[j];
			if (s >= 0 && (top - s) * scale - pot[j] < u) {
				found[n++] = j;
			}
		}
		return n;
	}

	void join(int i, int j, long cost) {
		columnOf[i] = j;
		costAt[i] = cost;
		load[j]++;
		int first = head[j];
		next[i] = first;
		prev[i] = -1;
		if (first >= 0) {
			prev[first] = i;
		}
		head[j] = i;
	}

	void detach(int i) {
		int j = columnOf[i];
		columnOf[i] = -1;
		load[j]--;
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
