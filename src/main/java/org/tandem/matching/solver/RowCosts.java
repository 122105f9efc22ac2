package org.tandem.matching.solver;

/**
 * Turns one mentee's scores into minimisation costs, one per mentor plus the "nobody"
 * mentor at the end, so that no rows &times; slots cost matrix is ever stored. A
 * forbidden pair costs as much as "nobody".
 */
final class RowCosts {

	private final int[][] scores;

	private final long maxScore;

	private final long scale;

	private final long unmatchedCost;

	private final long[] cost;

	RowCosts(int[][] scores, int mentors, int maxScore, long scale, long unmatchedCost) {
		this.scores = scores;
		this.maxScore = maxScore;
		this.scale = scale;
		this.unmatchedCost = unmatchedCost;
		this.cost = new long[mentors + 1];
	}

	/** The costs of row {@code i}; the returned array is reused by the next call. */
	long[] load(int i) {
		int[] row = scores[i];
		long[] c = cost;
		long unmatched = unmatchedCost;
		long top = maxScore;
		long k = scale;
		for (int j = 0; j < row.length; j++) {
			int s = row[j];
			c[j] = s < 0 ? unmatched : (top - s) * k;
		}
		c[row.length] = unmatched;
		return c;
	}

}
