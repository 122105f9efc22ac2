package org.tandem.matching.solver;

import java.util.Arrays;

/**
 * Minimum-cost assignment of every row to a distinct column (columns &gt;= rows), after
 * Jonker and Volgenant (1987): augmenting row reduction as a cheap start, then one
 * Dijkstra-like shortest augmenting path ({@link AugmentingPath}) per remaining free row,
 * with a potential {@code v} per column. Costs come from {@link RowCosts} one row at a
 * time.
 *
 * <p>
 * The problem is rectangular, so the start must keep the potentials valid for it: every
 * free column keeps {@code v = 0} and the others only ever decrease. Augmenting row
 * reduction starts from {@code v = 0} and lowers only the potential of a column it
 * assigns; the shortest path phase lowers only potentials of columns that are assigned
 * when it ends. (The column reduction of the paper would break this, so it is left out.)
 */
final class SlotSolver {

	/**
	 * Steps of augmenting row reduction per pass and row before handing over to paths.
	 */
	private static final int REDUCTION_STEPS_PER_ROW = 8;

	private final RowCosts costs;

	private final int[] slotMentor;

	private final int rows;

	private final int columns;

	private final long[] v;

	private final int[] rowSlot;

	private final int[] slotRow;

	SlotSolver(int[][] scores, int[] slotMentor, int mentors, int maxScore, long scale, long unmatchedCost) {
		this.costs = new RowCosts(scores, mentors, maxScore, scale, unmatchedCost);
		this.slotMentor = slotMentor;
		this.rows = scores.length;
		this.columns = slotMentor.length;
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
		AugmentingPath paths = new AugmentingPath(costs, slotMentor, v, rowSlot, slotRow);
		for (int t = 0; t < freeCount; t++) {
			paths.augment(free[t]);
		}
		return rowSlot;
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
			long[] rowCost = costs.load(i);
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

}
