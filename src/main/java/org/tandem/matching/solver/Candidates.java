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

	private int rowMax;

	Candidates(int[][] scores, int[] capacities, int k) {
		int rows = scores.length;
		int m = capacities.length;
		this.at = new int[rows][];
		this.score = new int[rows][];
		this.cut = new int[rows];
		this.k = k;
		int[] columns = new int[k];
		int[] best = new int[k];
		int[] recentCuts = new int[GUESS_ROWS];
		Arrays.fill(recentCuts, -1);
		int max = -1;
		for (int i = 0; i < rows; i++) {
			int[] row = scores[i];
			int from = (int) ((long) i * SPREAD % Math.max(m, 1));
			// rows tend to alike: start from the lowest cut of the last rows, so that a
			// row
			// with many equally good mentors is not first filled with poor ones; when the
			// guess was too high (fewer than k above it), the row is read again from -1
			int guess = recentCuts[0];
			for (int cut : recentCuts) {
				guess = Math.min(guess, cut);
			}
			int n = pick(row, capacities, from, Math.max(guess - 1, -1), columns, best);
			if (n < k && guess > -1) {
				n = pick(row, capacities, from, -1, columns, best);
			}
			at[i] = Arrays.copyOf(columns, n);
			score[i] = Arrays.copyOf(best, n);
			cut[i] = n == k ? best[k - 1] : -1;
			recentCuts[i % GUESS_ROWS] = cut[i];
			max = Math.max(max, Math.max(rowMax, n > 0 ? best[0] : -1));
		}
		this.maxScore = max;
	}

	/**
	 * The k best columns of a row with a score above {@code floor}, taken from column
	 * {@code from} on and then from 0; returns how many there are.
	 */
	private int pick(int[] row, int[] capacities, int from, int floor, int[] columns, int[] best) {
		rowMax = -1;
		int n = keepBest(row, capacities, from, row.length, floor, columns, best, 0);
		return keepBest(row, capacities, 0, from, floor, columns, best, n);
	}

	/**
	 * Merges the columns {@code [from, to)} into the sorted best list of n entries;
	 * returns its new length. Eight scores at a time are first tested together (the sign
	 * of {@code floor - s} is set when s beats the floor, or on overflow, which only
	 * costs a closer look), since on most of a row none of them does: fewer branches for
	 * a cold JVM to interpret and profile before the JIT's final code takes over.
	 */
	private int keepBest(int[] row, int[] capacities, int from, int to, int low, int[] at, int[] best, int n) {
		int k = at.length;
		int floor = n == k ? best[k - 1] : low;
		int j = from;
		for (; j + 8 <= to; j += 8) {
			if (((floor - row[j]) | (floor - row[j + 1]) | (floor - row[j + 2]) | (floor - row[j + 3])
					| (floor - row[j + 4]) | (floor - row[j + 5]) | (floor - row[j + 6]) | (floor - row[j + 7])) < 0) {
				n = merge(row, capacities, j, j + 8, floor, at, best, n);
				floor = n == k ? best[k - 1] : low;
			}
		}
		return merge(row, capacities, j, to, floor, at, best, n);
	}

	/** {@link #keepBest} one score at a time. */
	private int merge(int[] row, int[] capacities, int from, int to, int floor, int[] at, int[] best, int n) {
		int k = at.length;
		for (int j = from; j < to; j++) {
			int s = row[j];
			if (s > floor) {
				if (capacities[j] <= 0) {
					rowMax = Math.max(rowMax, s);
					continue;
				}
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
		}
		return n;
	}

}
