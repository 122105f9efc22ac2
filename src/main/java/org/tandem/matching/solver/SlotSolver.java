package org.tandem.matching.solver;

import java.util.Arrays;

/**
 * Minimum-cost assignment of every row to a distinct column (columns &gt;= rows), after
 * Jonker and Volgenant (1987): augmenting row reduction as a cheap start, then one
 * Dijkstra-like shortest augmenting path per remaining free row, with a potential
 * {@code v} per column.
 *
 * <p>
 * Costs come from the scores on the fly: scanning a row first turns that row's scores
 * into {@link #rowCost} (one entry per mentor plus "nobody"), so the inner loops read one
 * long per slot through {@link #slotMentor} and no rows &times; slots matrix ever exists.
 *
 * <p>
 * The problem is rectangular, so the start must keep the potentials valid for it: every
 * free column keeps {@code v = 0} and the others only ever decrease. Augmenting row
 * reduction starts from {@code v = 0} and lowers only the potential of a column it
 * assigns; the shortest path phase lowers only potentials of columns that are assigned
 * when it ends.
 */
final class SlotSolver {

	/**
	 * Steps of augmenting row reduction per pass, per row, before handing over to paths.
	 */
	private static final int REDUCTION_STEPS_PER_ROW = 8;

	private final int[][] scores;

	private final int[] slotMentor;

	private final int maxScore;

	private final long scale;

	private final long unmatchedCost;

	private final int rows;

	private final int columns;

	private final long[] rowCost;

	private final long[] v;

	private final int[] rowSlot;

	private final int[] slotRow;

	SlotSolver(int[][] scores, int[] slotMentor, int maxScore, long scale, long unmatchedCost) {
		this.scores = scores;
		this.slotMentor = slotMentor;
		this.maxScore = maxScore;
		this.scale = scale;
		this.unmatchedCost = unmatchedCost;
		this.rows = scores.length;
		this.columns = slotMentor.length;
		int mentors = rows == 0 ? 0 : scores[0].length;
		this.rowCost = new long[mentors + 1];
		this.v = new long[columns];
		this.rowSlot = new int[rows];
		this.slotRow = new int[columns];
		Arrays.fill(rowSlot, -1);
		Arrays.fill(slotRow, -1);
	}

	/** Returns the column of each row. */
	int[] solve() {
		int[] free = new int[rows];
		for (int i = 0; i < rows; i++) {
			free[i] = i;
		}
		int freeCount = rows;
		if (columns > 1) {
			freeCount = reduceRows(free, freeCount);
			freeCount = reduceRows(free, freeCount);
		}
		// shortest paths for the rest, lowest row first: a fixed order keeps ties
		// deterministic
		Arrays.sort(free, 0, freeCount);
		ShortestPaths paths = new ShortestPaths(columns);
		for (int t = 0; t < freeCount; t++) {
			augment(free[t], paths);
		}
		return rowSlot;
	}

	/**
	 * Loads the costs of row {@code i} per mentor; the last entry is the "nobody" mentor.
	 */
	private void loadRow(int i) {
		int[] row = scores[i];
		long[] cost = rowCost;
		long unmatched = unmatchedCost;
		long top = maxScore;
		long k = scale;
		for (int j = 0; j < row.length; j++) {
			int s = row[j];
			cost[j] = s < 0 ? unmatched : (top - s) * k;
		}
		cost[row.length] = unmatched;
	}

	/**
	 * One pass of augmenting row reduction: each free row takes its cheapest column
	 * (reduced by {@code v}); when that column's owner has a strictly worse second choice
	 * the column's potential drops by the difference and the displaced row bids again at
	 * once, otherwise it waits for the next pass. Returns the rows still free, compacted
	 * into {@code free}.
	 */
	private int reduceRows(int[] free, int freeCount) {
		int[] list = Arrays.copyOf(free, freeCount);
		int next = 0;
		int left = 0;
		long budget = (long) REDUCTION_STEPS_PER_ROW * rows;
		int k = 0;
		while (k < freeCount) {
			if (budget-- == 0) {
				while (k < freeCount) {
					free[next++] = list[k++];
				}
				break;
			}
			int i = list[k++];
			loadRow(i);
			long u1 = Long.MAX_VALUE;
			long u2 = Long.MAX_VALUE;
			int j1 = -1;
			int j2 = -1;
			for (int j = 0; j < columns; j++) {
				long h = rowCost[slotMentor[j]] - v[j];
				if (h < u2) {
					if (h < u1) {
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
			}
			int displaced = slotRow[j1];
			if (u1 < u2) {
				v[j1] -= u2 - u1;
			}
			else if (displaced >= 0) {
				j1 = j2;
				displaced = slotRow[j2];
			}
			if (displaced >= 0) {
				rowSlot[displaced] = -1;
				if (u1 < u2) {
					list[--k] = displaced;
				}
				else {
					free[next++] = displaced;
				}
			}
			rowSlot[i] = j1;
			slotRow[j1] = i;
		}
		return next;
	}

	/**
	 * Adds {@code start} to the assignment along a shortest augmenting path. The scratch
	 * arrays are kept in scan order ({@code slot[t]} is the column at position t, and
	 * {@code d}, {@code vt}, {@code mentor}, {@code via} describe that column) so that
	 * the inner loops run over consecutive memory; positions {@code [0, low)} are
	 * settled, {@code [low, up)} are at the current minimum distance and
	 * {@code [up, columns)} are still open.
	 */
	private void augment(int start, ShortestPaths p) {
		long[] d = p.distance;
		long[] vt = p.potential;
		int[] mentor = p.mentor;
		int[] via = p.via;
		int[] slot = p.slot;
		int n = columns;
		loadRow(start);
		long[] cost = rowCost;
		System.arraycopy(v, 0, vt, 0, n);
		System.arraycopy(slotMentor, 0, mentor, 0, n);
		for (int t = 0; t < n; t++) {
			d[t] = cost[mentor[t]] - vt[t];
			via[t] = start;
			slot[t] = t;
		}
		int low = 0;
		int up = 0;
		long min = 0;
		int sink = -1;
		while (sink < 0) {
			if (low == up) {
				min = Long.MAX_VALUE;
				for (int t = up; t < n; t++) {
					long dt = d[t];
					if (dt <= min) {
						if (dt < min) {
							up = low;
							min = dt;
						}
						p.swap(t, up++);
					}
				}
				for (int t = low; t < up; t++) {
					if (slotRow[slot[t]] < 0) {
						sink = t;
						break;
					}
				}
				if (sink >= 0) {
					break;
				}
			}
			int t0 = low++;
			int r = slotRow[slot[t0]];
			loadRow(r);
			long h = cost[mentor[t0]] - vt[t0] - min;
			for (int t = up; t < n; t++) {
				long dt = cost[mentor[t]] - vt[t] - h;
				if (dt < d[t]) {
					d[t] = dt;
					via[t] = r;
					if (dt == min) {
						if (slotRow[slot[t]] < 0) {
							sink = t;
							break;
						}
						p.swap(t, up++);
					}
				}
			}
		}
		int[] pred = p.pred;
		for (int t = 0; t < low; t++) {
			v[slot[t]] = vt[t] + d[t] - min;
			pred[slot[t]] = via[t];
		}
		int j = slot[sink];
		pred[j] = via[sink];
		while (true) {
			int r = pred[j];
			slotRow[j] = r;
			int previous = rowSlot[r];
			rowSlot[r] = j;
			if (r == start) {
				break;
			}
			j = previous;
		}
	}

	/** Scratch arrays of the path search, allocated once per solve. */
	private static final class ShortestPaths {

		final long[] distance;

		final long[] potential;

		final int[] mentor;

		final int[] via;

		final int[] slot;

		final int[] pred;

		ShortestPaths(int columns) {
			this.distance = new long[columns];
			this.potential = new long[columns];
			this.mentor = new int[columns];
			this.via = new int[columns];
			this.slot = new int[columns];
			this.pred = new int[columns];
		}

		void swap(int a, int b) {
			long d = distance[a];
			distance[a] = distance[b];
			distance[b] = d;
			long v = potential[a];
			potential[a] = potential[b];
			potential[b] = v;
			int x = mentor[a];
			mentor[a] = mentor[b];
			mentor[b] = x;
			x = via[a];
			via[a] = via[b];
			via[b] = x;
			x = slot[a];
			slot[a] = slot[b];
			slot[b] = x;
		}

	}

}
