package org.tandem.matching.solver;

import java.util.Arrays;

/**
 * Each mentee's k highest-scored mentors with places, best first, picked in one pass over
 * the score matrix; the same pass finds the highest score, so that the sparse route reads
 * the matrix only once when its first solve is already optimal.
 *
 * <p>
 * Equal scores are taken from a row-dependent starting column on, so that on small score
 * ranges, where a mentee has many equally good mentors, the mentees do not all pick the
 * same lowest indices.
 */
final class Candidates {

	/** A prime step between the rows' starting columns for ties. */
	private static final long SPREAD = 7919;

	/** The candidate mentors of each row. */
	final int[][] at;

	/** Their scores, beside them so that the solve never touches the matrix. */
	final int[][] score;

	/**
	 * Per row, the score of its worst candidate when the row had more allowed mentors
	 * than k (every mentor left out scores at most that much), else -1.
	 */
	final int[] cut;

	/** The highest score in the matrix, -1 when every pair is forbidden. */
	final int maxScore;

	/** How many candidates a row gets at most. */
	final int k;

	/** How many of the previous rows' cuts make the guess of the next row's. */
	private static final int GUESS_ROWS = 8;

	private final int[] capacities;

	/** The best list of the row being read: its columns and scores, best first. */
	private final int[] columns;

	private final int[] best;

	private final int[] recentCuts = new int[GUESS_ROWS];

	/** The highest score of the row being read at a mentor without places. */
	private int rowMax;

	private int max = -1;

	Candidates(int[][] scores, int[] capacities, int k) {
		int rows = scores.length;
		this.capacities = capacities;
		this.at = new int[rows][];
		this.score = new int[rows][];
		this.cut = new int[rows];
		this.k = k;
		this.columns = new int[k];
		this.best = new int[k];
		Arrays.fill(recentCuts, -1);
		// one call per row: a cold JVM compiles the row's work after a few hundred rows,
		// while a loop body here would stay interpreted to the end
		for (int i = 0; i < rows; i++) {
			row(i, scores[i]);
		}
		this.maxScore = max;
	}

	private void row(int i, int[] row) {
		int[] columns = this.columns;
		int[] best = this.best;
		int[] recent = this.recentCuts;
		int from = (int) ((long) i * SPREAD % Math.max(row.length, 1));
		// rows tend to be alike: start from the lowest cut of the last rows, so that a
		// row
		// with many equally good mentors is not first filled with poor ones; when the
		// guess was too high (fewer than k above it), the row is read again from -1
		int guess = Math.min(Math.min(Math.min(recent[0], recent[1]), Math.min(recent[2], recent[3])),
				Math.min(Math.min(recent[4], recent[5]), Math.min(recent[6], recent[7])));
		int n = pick(row, from, Math.max(guess - 1, -1), columns, best);
		if (n < k && guess > -1) {
			n = pick(row, from, -1, columns, best);
		}
		at[i] = Arrays.copyOf(columns, n);
		score[i] = Arrays.copyOf(best, n);
		int c = n == k ? best[k - 1] : -1;
		cut[i] = c;
		recent[i % GUESS_ROWS] = c;
		max = Math.max(max, Math.max(rowMax, n > 0 ? best[0] : -1));
	}

	/**
	 * The k best columns of a row with a score above {@code floor}, taken from column
	 * {@code from} on and then from 0; returns how many there are.
	 */
	private int pick(int[] row, int from, int floor, int[] columns, int[] best) {
		rowMax = -1;
		int n = keepBest(row, from, row.length, floor, columns, best, 0);
		return keepBest(row, 0, from, floor, columns, best, n);
	}

	/**
	 * Merges the columns {@code [from, to)} into the sorted best list of n entries;
	 * returns its new length.
	 */
	private int keepBest(int[] row, int from, int to, int low, int[] at, int[] best, int n) {
		int[] capacities = this.capacities;
		int k = at.length;
		int floor = n == k ? best[k - 1] : low;
		int j = from;
		while ((j = above(row, j, to, floor)) < to) {
			int s = row[j];
			if (capacities[j] <= 0) {
				rowMax = Math.max(rowMax, s);
			}
			else {
				int p = n < k ? n++ : k - 1;
				while (p > 0 && best[p - 1] < s) {
					best[p] = best[p - 1];
					at[p] = at[p - 1];
					p--;
				}
				best[p] = s;
				at[p] = j;
				if (n == k) {
					floor = best[k - 1];
				}
			}
			j++;
		}
		return n;
	}

	/**
	 * The first column of {@code [j, to)} whose score beats {@code floor}, or {@code to}.
	 * Thirty-two scores at a time, then eight, are first tested together (the sign of
	 * {@code floor - s} is set when s beats the floor, or on overflow, which only costs a
	 * closer look), since on most of a row none of them does: one branch and one loop
	 * step per block is what a cold JVM's interpreter and first compiled code (which
	 * counts every branch) run fastest. A method of its own, called several times per
	 * row, so it is compiled within the first rows; and too large (over HotSpot's 325
	 * bytes of bytecode) for C2 to inline into {@link #keepBest}, whose C2 compilation,
	 * with two copies of it unrolled, took 17-25 ms of a compiler thread during a 10 ms
	 * solve and came too late to help.
	 */
	private static int above(int[] row, int j, int to, int floor) {
		for (; j + 32 <= to; j += 32) {
			if (((floor - row[j]) | (floor - row[j + 1]) | (floor - row[j + 2]) | (floor - row[j + 3])
					| (floor - row[j + 4]) | (floor - row[j + 5]) | (floor - row[j + 6]) | (floor - row[j + 7])
					| (floor - row[j + 8]) | (floor - row[j + 9]) | (floor - row[j + 10]) | (floor - row[j + 11])
					| (floor - row[j + 12]) | (floor - row[j + 13]) | (floor - row[j + 14]) | (floor - row[j + 15])
					| (floor - row[j + 16]) | (floor - row[j + 17]) | (floor - row[j + 18]) | (floor - row[j + 19])
					| (floor - row[j + 20]) | (floor - row[j + 21]) | (floor - row[j + 22]) | (floor - row[j + 23])
					| (floor - row[j + 24]) | (floor - row[j + 25]) | (floor - row[j + 26]) | (floor - row[j + 27])
					| (floor - row[j + 28]) | (floor - row[j + 29]) | (floor - row[j + 30])
					| (floor - row[j + 31])) < 0) {
				break;
			}
		}
		for (; j + 8 <= to; j += 8) {
			if (((floor - row[j]) | (floor - row[j + 1]) | (floor - row[j + 2]) | (floor - row[j + 3])
					| (floor - row[j + 4]) | (floor - row[j + 5]) | (floor - row[j + 6]) | (floor - row[j + 7])) < 0) {
				break;
			}
		}
		for (; j < to; j++) {
			if (row[j] > floor) {
				return j;
			}
		}
		return to;
	}

}
