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
 *
 * <p>
 * The row reduction and the shortest paths (the two sections at the end) are part of this
 * class rather than classes of their own: a cold JVM, as in the solve command, spends
 * about half a millisecond loading each class, a few percent of a whole solve.
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

	private final int k;

	// the row reduction's state

	/** Steps of augmenting row reduction per row and pass before the paths take over. */
	private static final int STEPS_PER_ROW = 8;

	private final long[] slack;

	private final long[] vAt;

	private long first;

	private long second;

	private int firstAt;

	private int secondAt;

	// the paths' state

	private final long[] dist;

	/** The row through which each reached column was reached last. */
	private final int[] via;

	/** Heap position of each column, -1 when not in the heap, -2 when settled. */
	private final int[] pos;

	private final int[] heap;

	private int size;

	private final int[] touched;

	private int touchedCount;

	private final int[] settled;

	private int settledCount;

	/** Per column, the number of the tight search that reached it last. */
	private final int[] seen;

	private int search;

	/**
	 * Costs as in {@link Costs} ({@code top}, {@code scale}, {@code unmatched}, whether
	 * any pair may be forbidden), passed as values so that a cold JVM loads one class
	 * less.
	 */
	SparseSolver(int[][] scores, int[] capacities, long top, long scale, long unmatched, boolean forbidden,
			Candidates picked) {
		this.scores = scores;
		this.rows = scores.length;
		this.m = capacities.length;
		this.top = top;
		this.scale = scale;
		this.unmatched = unmatched;
		this.plain = scale == 1 && !forbidden;
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
		this.k = picked.k;
		this.slack = new long[rows];
		this.vAt = new long[rows];
		int n = m + 1;
		this.dist = new long[n];
		this.via = new int[n];
		this.pos = new int[n];
		this.heap = new int[n];
		this.touched = new int[n];
		this.settled = new int[n];
		this.seen = new int[n];
		Arrays.fill(pos, -1);
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
		int freeCount = reduce(free, rows);
		reduce(free, freeCount);
		// the rows still free, lowest first: a fixed order keeps ties deterministic (a
		// path only moves assigned rows, so a row still free stays so until its turn)
		for (int i = 0; i < rows; i++) {
			if (columnOf[i] < 0) {
				add(i);
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

	/*
	 * Augmenting row reduction: the same rules as {@link MentorSolver}'s (a free row
	 * takes its cheapest candidate, preferring one with a free place; a full column is
	 * cheapened only as far as all its members but the displaced one stay at a cheapest
	 * candidate, each member keeping a lower bound of its margin), over candidate lists
	 * instead of full rows. It leaves the invariants the paths need: every assigned row
	 * at a candidate of least reduced cost, {@code v < 0} only for full columns.
	 */

	/** One pass over the free rows; returns the rows still free, compacted into free. */
	int reduce(int[] free, int freeCount) {
		long[] v = this.v;
		int[] load = this.load;
		int[] capacity = this.capacity;
		int[] list = Arrays.copyOf(free, freeCount);
		int nextFree = 0;
		long budget = (long) STEPS_PER_ROW * rows;
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
					detach(displaced);
					free[nextFree++] = displaced;
				}
				attach(i, j2, u2, 0);
				continue;
			}
			int displaced = tightest(j1);
			long delta = Math.min(u2 - u1, secondMargin(j1, displaced));
			long cost = u1 + v[j1];
			v[j1] -= delta;
			detach(displaced);
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
		long[] v = this.v;
		int[] load = this.load;
		int[] capacity = this.capacity;
		int[] c = cand[i];
		int[] cs = candScore[i];
		long top = this.top;
		long scale = this.scale;
		long u1 = Long.MAX_VALUE;
		long u2 = Long.MAX_VALUE;
		int j1 = -1;
		int j2 = -1;
		for (int t = 0, n = candCount[i]; t <= n; t++) {
			int j = t < n ? c[t] : m;
			long h = t < n ? (top - cs[t]) * scale - v[j] : unmatched;
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
		long[] v = this.v;
		int[] next = this.next;
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
		long[] v = this.v;
		int[] next = this.next;
		long least = Long.MAX_VALUE;
		for (int r = head[j]; r >= 0; r = next[r]) {
			if (r != except) {
				least = Math.min(least, slack[r] - (vAt[r] - v[j]));
			}
		}
		return least;
	}

	/** Row i joins column j at reduced cost u (so its cost is u + v[j]). */
	private void attach(int i, int j, long u, long margin) {
		slack[i] = margin;
		vAt[i] = v[j];
		join(i, j, u + v[j]);
	}

	/*
	 * Shortest augmenting paths: Dijkstra from one free row over the candidate arcs only,
	 * with a binary heap of reached columns, ending at the first column with a free place
	 * taken from the heap ("nobody" is one). Settling a full column relaxes the
	 * candidates of each row it holds. Afterwards every settled column's potential drops
	 * by how much shorter its distance was than the path's, which keeps each assigned row
	 * at a candidate of least reduced cost, and only full columns ever get a negative
	 * potential. Only the columns a search touched are reset, so a short search costs
	 * little.
	 */

	/**
	 * Adds the free row {@code start}: first along tight arcs only, then by a shortest
	 * path when those reach no free place.
	 */
	void add(int start) {
		if (!augmentTight(start)) {
			augment(start);
		}
	}

	/**
	 * Looks for a path along tight arcs (each row moves to another candidate of the same
	 * reduced cost, the start row to one of its cheapest) from {@code start} to a column
	 * with a free place, breadth first and with no heap. With many ties this is how
	 * nearly every free row gets in; no potential changes, so every row stays at a
	 * candidate of least reduced cost and {@code v < 0} only for full columns. Returns
	 * whether it found one (and moved the rows along it).
	 */
	boolean augmentTight(int start) {
		int[] load = this.load;
		int[] capacity = this.capacity;
		int[] head = this.head;
		int[] next = this.next;
		long[] v = this.v;
		int[] queue = heap;
		int stamp = ++search;
		int nobody = m;
		long u = unmatched;
		int[] c = cand[start];
		int[] cs = candScore[start];
		long top = this.top;
		long scale = this.scale;
		for (int t = 0, n = candCount[start]; t < n; t++) {
			u = Math.min(u, (top - cs[t]) * scale - v[c[t]]);
		}
		int tail = 0;
		int sink = -1;
		// the start row's cheapest columns, then from each full column its members'
		int r = start;
		long ur = u;
		int at = 0;
		int column = -1;
		int cursor = -1;
		while (sink < 0) {
			c = cand[r];
			cs = candScore[r];
			for (int t = 0, n = candCount[r]; t < n; t++) {
				int j = c[t];
				if (seen[j] != stamp && (top - cs[t]) * scale - v[j] == ur) {
					seen[j] = stamp;
					via[j] = r;
					if (load[j] < capacity[j]) {
						sink = j;
						break;
					}
					queue[tail++] = j;
				}
			}
			if (sink < 0 && unmatched == ur && seen[nobody] != stamp) {
				seen[nobody] = stamp;
				via[nobody] = r;
				sink = nobody;
			}
			if (sink >= 0) {
				break;
			}
			// the next member row of the queued columns
			while (cursor < 0) {
				if (at == tail) {
					return false;
				}
				column = queue[at++];
				cursor = head[column];
			}
			r = cursor;
			cursor = next[r];
			ur = costAt[r] - v[column];
		}
		move(start, sink);
		return true;
	}

	/** Moves the rows along the path that ends at column {@code sink} (via[]). */
	private void move(int start, int sink) {
		int[] columnOf = this.columnOf;
		int j = sink;
		while (true) {
			int r = via[j];
			int previous = columnOf[r];
			if (previous >= 0) {
				detach(r);
			}
			join(r, j, cost(r, j));
			if (r == start) {
				break;
			}
			j = previous;
		}
	}

	void augment(int start) {
		int[] load = this.load;
		int[] capacity = this.capacity;
		int[] head = this.head;
		int[] next = this.next;
		long[] v = this.v;
		relaxRow(start, 0);
		int sink;
		while (true) {
			int j = pop();
			if (load[j] < capacity[j]) {
				sink = j;
				break;
			}
			pos[j] = -2;
			settled[settledCount++] = j;
			long dj = dist[j];
			for (int r = head[j]; r >= 0; r = next[r]) {
				// r's reduced cost at j is its dual: paths through r pay the difference
				relaxRow(r, dj - (costAt[r] - v[j]));
			}
		}
		long dSink = dist[sink];
		for (int t = 0; t < settledCount; t++) {
			int j = settled[t];
			v[j] -= dSink - dist[j];
		}
		move(start, sink);
		for (int t = 0; t < touchedCount; t++) {
			pos[touched[t]] = -1;
		}
		touchedCount = 0;
		settledCount = 0;
		size = 0;
	}

	/** Offers the candidates of row r (and nobody) at {@code base + reduced cost}. */
	private void relaxRow(int r, long base) {
		long[] v = this.v;
		int[] c = cand[r];
		int[] cs = candScore[r];
		long top = this.top;
		long scale = this.scale;
		for (int t = 0, n = candCount[r]; t < n; t++) {
			int j = c[t];
			offer(j, base + (top - cs[t]) * scale - v[j], r);
		}
		offer(m, base + unmatched, r);
	}

	private void offer(int j, long d, int r) {
		int p = pos[j];
		if (p == -2) {
			return;
		}
		if (p == -1) {
			touched[touchedCount++] = j;
			dist[j] = d;
			via[j] = r;
			heap[size] = j;
			pos[j] = size;
			up(size++);
		}
		else if (d < dist[j]) {
			dist[j] = d;
			via[j] = r;
			up(p);
		}
	}

	/** Smaller distance first; on ties a column with a free place, then lower index. */
	private boolean before(int a, int b) {
		if (dist[a] != dist[b]) {
			return dist[a] < dist[b];
		}
		boolean freeA = load[a] < capacity[a];
		boolean freeB = load[b] < capacity[b];
		if (freeA != freeB) {
			return freeA;
		}
		return a < b;
	}

	private void up(int p) {
		int j = heap[p];
		while (p > 0) {
			int parent = (p - 1) >> 1;
			int q = heap[parent];
			if (!before(j, q)) {
				break;
			}
			heap[p] = q;
			pos[q] = p;
			p = parent;
		}
		heap[p] = j;
		pos[j] = p;
	}

	private int pop() {
		int top = heap[0];
		int last = heap[--size];
		if (size > 0) {
			int p = 0;
			while (true) {
				int child = 2 * p + 1;
				if (child >= size) {
					break;
				}
				if (child + 1 < size && before(heap[child + 1], heap[child])) {
					child++;
				}
				if (!before(heap[child], last)) {
					break;
				}
				heap[p] = heap[child];
				pos[heap[p]] = p;
				p = child;
			}
			heap[p] = last;
			pos[last] = p;
		}
		pos[top] = -1;
		return top;
	}

}
