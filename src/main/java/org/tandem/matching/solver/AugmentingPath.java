package org.tandem.matching.solver;

/**
 * The shortest augmenting path phase of Jonker and Volgenant: a Dijkstra-like search from
 * one free row over reduced costs {@code cost - u - v}, which ends at the first free
 * column reached; then the potentials of the settled columns move by their distance so
 * that every assigned pair stays tight, and the path is flipped.
 *
 * <p>
 * The scratch arrays are kept in scan order: {@code slot[t]} is the column at position t,
 * and {@code d}, {@code vt}, {@code mentor}, {@code via} describe that column, so the
 * inner loops run over consecutive memory. Positions {@code [0, low)} are settled,
 * {@code [low, up)} are at the current minimum distance and {@code [up, n)} are still
 * open. The loops are small methods of their own so the JIT compiles them early in a
 * short run.
 */
final class AugmentingPath {

	private final RowCosts costs;

	private final int[] slotMentor;

	private final long[] v;

	private final int[] rowSlot;

	private final int[] slotRow;

	private final int n;

	private final long[] d;

	private final long[] vt;

	private final int[] mentor;

	private final int[] via;

	private final int[] slot;

	private final int[] pred;

	private int low;

	private int up;

	private long min;

	AugmentingPath(RowCosts costs, int[] slotMentor, long[] v, int[] rowSlot, int[] slotRow) {
		this.costs = costs;
		this.slotMentor = slotMentor;
		this.v = v;
		this.rowSlot = rowSlot;
		this.slotRow = slotRow;
		this.n = slotMentor.length;
		this.d = new long[n];
		this.vt = new long[n];
		this.mentor = new int[n];
		this.via = new int[n];
		this.slot = new int[n];
		this.pred = new int[n];
	}

	/** Adds the free row {@code start} to the assignment. */
	void augment(int start) {
		start(start);
		int sink = -1;
		while (sink < 0) {
			if (low == up) {
				sink = nextMinimum();
				if (sink >= 0) {
					break;
				}
			}
			int t0 = low++;
			int r = slotRow[slot[t0]];
			long[] cost = costs.load(r);
			sink = relax(r, cost, cost[mentor[t0]] - vt[t0] - min);
		}
		flip(start, sink);
	}

	private void start(int start) {
		long[] cost = costs.load(start);
		System.arraycopy(v, 0, vt, 0, n);
		System.arraycopy(slotMentor, 0, mentor, 0, n);
		for (int t = 0; t < n; t++) {
			d[t] = cost[mentor[t]] - vt[t];
			via[t] = start;
			slot[t] = t;
		}
		low = 0;
		up = 0;
	}

	/**
	 * Moves every open column at the smallest distance into the ready range; returns the
	 * position of a free one among them, or -1.
	 */
	private int nextMinimum() {
		long best = Long.MAX_VALUE;
		int top = up;
		for (int t = up; t < n; t++) {
			long dt = d[t];
			if (dt <= best) {
				if (dt < best) {
					top = low;
					best = dt;
				}
				swap(t, top++);
			}
		}
		up = top;
		min = best;
		for (int t = low; t < up; t++) {
			if (slotRow[slot[t]] < 0) {
				return t;
			}
		}
		return -1;
	}

	/**
	 * Relaxes the open columns through row {@code r}, where {@code h} is r's dual minus
	 * the current minimum; returns the position of a free column reached at the minimum,
	 * or -1.
	 */
	private int relax(int r, long[] cost, long h) {
		long[] dist = d;
		long[] pot = vt;
		int[] m = mentor;
		long level = min;
		for (int t = up; t < n; t++) {
			long dt = cost[m[t]] - pot[t] - h;
			if (dt < dist[t]) {
				dist[t] = dt;
				via[t] = r;
				if (dt == level) {
					if (slotRow[slot[t]] < 0) {
						return t;
					}
					swap(t, up++);
				}
			}
		}
		return -1;
	}

	/**
	 * Updates the settled potentials and flips the path ending at position {@code sink}.
	 */
	private void flip(int start, int sink) {
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
				return;
			}
			j = previous;
		}
	}

	private void swap(int a, int b) {
		long x = d[a];
		d[a] = d[b];
		d[b] = x;
		x = vt[a];
		vt[a] = vt[b];
		vt[b] = x;
		int y = mentor[a];
		mentor[a] = mentor[b];
		mentor[b] = y;
		y = via[a];
		via[a] = via[b];
		via[b] = y;
		y = slot[a];
		slot[a] = slot[b];
		slot[b] = y;
	}

}
