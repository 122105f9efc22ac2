package org.tandem.matching.solver;

/**
 * How a mentee's score becomes a cost to minimise: {@code (top - score) * scale}, or
 * {@code unmatched} for a forbidden pair and for "nobody". The hot loops inline this
 * formula with the three values in locals.
 *
 * @param top the highest allowed score
 * @param scale the factor that makes score decide ({@link Objective#HIGHEST_SCORE}) or 1
 * @param unmatched the cost of staying unmatched
 */
record Costs(long top, long scale, long unmatched) {

	long of(int score) {
		return score < 0 ? unmatched : (top - score) * scale;
	}

}
