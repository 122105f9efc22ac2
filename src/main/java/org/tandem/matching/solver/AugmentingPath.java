package org.tandem.matching.solver;

/**
 * The shortest augmenting path phase of Jonker and Volgenant over mentor columns: a
 * Dijkstra-like search from one free row over reduced costs, which ends at the first
 * column with a free place reached (or "nobody"); then the potentials of the settled
 * columns move by their distance so that every assigned pair stays tight, and the rows
 * along the path each move one column on. Settling a full mentor scans every row it
 * holds.
 *
 * <p>
 * The scratch arrays are kept in scan order: {@code col[t]} is the mentor at position t,
 * and {@code d}, {@code vt}, {@code via} describe that mentor, so the inner loops run
 * over consecutive memory and read the score row through {@code col}. Positions
 * {@code [0, low)} are settled, {@code [low, up)} are reached at the current minimum
 * distance and wait for their scan, {@code [up, n)} are still open. "Nobody" (potential
 * 0, never full) lives outside the arrays. The loops are small methods of their own so
 * the JIT compiles them early in a short run.
 */
final class AugmentingPath {

	private final MentorSolver s;

	private final int n;

	private final long[] d;

	private final long[] vt;

	private final int[] col;

	private final int[] via;

	private final int[] pred;

	private final long top;

	private final long scale;

	private final long unmatched;

	private final boolean plain;

	private int low;

	private int up;

	private long min;

	private long dNobody;

	private int viaNobody;

	AugmentingPath(MentorSolver solver) {
		this.s = solver;
		this.n = solver.mentors;
		this.d = new long[n];
		this.vt = new long[n];
		this.col = new int[n];
		this.via = new int[n];
		this.pred = new int[n + 1];
		this.top = solver.costs.top();
		this.scale = solver.costs.scale();
		this.unmatched = solver.costs.unmatched();
		this.plain = solver.costs.plain();
	}

	/** Adds the free row {@code start} to the assignment. */
	void augment(int start) {
		start(start);
		int sink = -1;
		int[] next = s.next;
		while (sink < 0) {
			if (low == up) {
				sink = nextMinimum();
				if (sink >= 0) {
					break;
				}
			}
			int t0 = low++;
			int j = col[t0];
			long offset = vt[t0] + min;
			for (int r = s.head[j]; r >= 0 && sink < 0; r = next[r]) {
				int score = s.scores[r][j];
				long h = (score < 0 ? unmatched : (top - score) * scale) - offset;
				sink = plain ? relaxPlain(r, s.scores[r], h) : relax(r, s.scores[r], h);
			}
		}
		flip(start, sink);
	}

	private void start(int start) {
		int[] row = s.scores[start];
		long[] v = s.v;
		for (int t = 0; t < n; t++) {
			int score = row[t];
			vt[t] = v[t];
			d[t] = (score < 0 ? unmatched : (top - score) * scale) - v[t];
			via[t] = start;
			col[t] = t;
		}
		dNobody = unmatched;
		viaNobody = start;
		low = 0;
		up = 0;
	}

	/**
	 * Moves every open column at the smallest distance into the ready range; returns the
	 * position of one with a free place among them ({@code n} for nobody), or -1.
	 */
	private int nextMinimum() {
		long least = dNobody;
		int top = up;
		for (int t = up; t < n; t++) {
			long dt = d[t];
			if (dt <= least) {
				if (dt < least) {
					top = low;
					least = dt;
				}
				swap(t, top++);
			}
		}
		up = top;
		min = least;
		int[] load = s.load;
		int[] capacity = s.capacity;
		for (int t = low; t < up; t++) {
			int j = col[t];
			if (load[j] < capacity[j]) {
				return t;
			}
		}
		return dNobody == least ? n : -1;
	}

	/**
	 * Relaxes the open columns through row {@code r}, where {@code h} is r's dual minus
	 * the current minimum; returns the position of a column with a free place reached at
	 * the minimum ({@code n} for nobody), or -1.
	 */
	private int relax(int r, int[] row, long h) {
		long[] dist = d;
		long[] pot = vt;
		int[] c = col;
		long level = min;
		long high = top;
		long k = scale;
		long none = unmatched;
		int[] load = s.load;
		int[] capacity = s.capacity;
		int[] from = via;
		int end = n;
		for (int t = up; t < end; t++) {
			int score = row[c[t]];
			long dt = (score < 0 ? none : (high - score) * k) - pot[t] - h;
			if (dt < dist[t]) {
				dist[t] = dt;
				from[t] = r;
				if (dt == level) {
					int j = c[t];
					if (load[j] < capacity[j]) {
						return t;
					}
					swap(t, up++);
				}
			}
		}
		long dt = none - h;
		if (dt < dNobody) {
			dNobody = dt;
			viaNobody = r;
			if (dt == level) {
				return n;
			}
		}
		return -1;
	}

	/** {@link #relax} when every cost is {@code top - score}. */
	private int relaxPlain(int r, int[] row, long h) {
		long[] dist = d;
		long[] pot = vt;
		int[] c = col;
		long level = min;
		long base = top - h;
		int[] from = via;
		int end = n;
		for (int t = up; t < end; t++) {
			long dt = base - row[c[t]] - pot[t];
			if (dt < dist[t]) {
				dist[t] = dt;
				from[t] = r;
				if (dt == level) {
					int j = c[t];
					if (s.load[j] < s.capacity[j]) {
						return t;
					}
					swap(t, up++);
				}
			}
		}
		long dt = unmatched - h;
		if (dt < dNobody) {
			dNobody = dt;
			viaNobody = r;
			if (dt == level) {
				return n;
			}
		}
		return -1;
	}

	/**
	 * Updates the settled potentials and moves the rows along the path ending at position
	 * {@code sink}.
	 */
	private void flip(int start, int sink) {
		long[] v = s.v;
		for (int t = 0; t < low; t++) {
			v[col[t]] = vt[t] + d[t] - min;
			pred[col[t]] = via[t];
		}
		int j;
		if (sink == n) {
			j = n;
			pred[n] = viaNobody;
		}
		else {
			j = col[sink];
			pred[j] = via[sink];
		}
		while (true) {
			int r = pred[j];
			int previous = s.columnOf[r];
			if (previous >= 0) {
				s.detach(r);
			}
			s.join(r, j);
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
		int y = col[a];
		col[a] = col[b];
		col[b] = y;
		y = via[a];
		via[a] = via[b];
		via[b] = y;
	}

}
