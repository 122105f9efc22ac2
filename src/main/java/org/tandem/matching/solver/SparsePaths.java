package org.tandem.matching.solver;

import java.util.Arrays;

/**
 * Shortest augmenting paths for {@link SparseSolver}: Dijkstra from one free row over the
 * candidate arcs only, with a binary heap of reached columns, ending at the first column
 * with a free place taken from the heap ("nobody" is one). Settling a full column relaxes
 * the candidates of each row it holds. Afterwards every settled column's potential drops
 * by how much shorter its distance was than the path's, which keeps each assigned row at
 * a candidate of least reduced cost, and only full columns ever get a negative potential.
 * Only the columns a search touched are reset, so a short search costs little.
 */
final class SparsePaths {

	private final SparseSolver s;

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

	SparsePaths(SparseSolver solver) {
		this.s = solver;
		int n = solver.m + 1;
		this.dist = new long[n];
		this.via = new int[n];
		this.pos = new int[n];
		this.heap = new int[n];
		this.touched = new int[n];
		this.settled = new int[n];
		this.seen = new int[n];
		Arrays.fill(pos, -1);
	}

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
		int[] load = s.load;
		int[] capacity = s.capacity;
		int[] head = s.head;
		int[] next = s.next;
		long[] v = s.v;
		int[] queue = heap;
		int stamp = ++search;
		int nobody = s.m;
		long u = s.unmatched;
		int[] c = s.cand[start];
		int[] cs = s.candScore[start];
		long top = s.top;
		long scale = s.scale;
		for (int t = 0, n = s.candCount[start]; t < n; t++) {
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
			c = s.cand[r];
			cs = s.candScore[r];
			for (int t = 0, n = s.candCount[r]; t < n; t++) {
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
			if (sink < 0 && s.unmatched == ur && seen[nobody] != stamp) {
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
			ur = s.costAt[r] - v[column];
		}
		move(start, sink);
		return true;
	}

	/** Moves the rows along the path that ends at column {@code sink} (via[]). */
	private void move(int start, int sink) {
		int[] columnOf = s.columnOf;
		int j = sink;
		while (true) {
			int r = via[j];
			int previous = columnOf[r];
			if (previous >= 0) {
				s.detach(r);
			}
			s.join(r, j, s.cost(r, j));
			if (r == start) {
				break;
			}
			j = previous;
		}
	}

	void augment(int start) {
		int[] load = s.load;
		int[] capacity = s.capacity;
		int[] head = s.head;
		int[] next = s.next;
		long[] v = s.v;
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
				relaxRow(r, dj - (s.costAt[r] - v[j]));
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
		long[] v = s.v;
		int[] c = s.cand[r];
		int[] cs = s.candScore[r];
		long top = s.top;
		long scale = s.scale;
		for (int t = 0, n = s.candCount[r]; t < n; t++) {
			int j = c[t];
			offer(j, base + (top - cs[t]) * scale - v[j], r);
		}
		offer(s.m, base + s.unmatched, r);
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
		boolean freeA = s.load[a] < s.capacity[a];
		boolean freeB = s.load[b] < s.capacity[b];
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
