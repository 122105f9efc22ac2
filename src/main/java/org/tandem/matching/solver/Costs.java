package org.tandem.matching.solver;

/**
 * How a mentee's score becomes a cost to minimise: {@code (top - score) * scale}, or
 * {@code unmatched} for a forbidden pair and for "nobody". The hot loops inline this
 * formula with the three values in locals.
 *
 * @param top the highest allowed score
 * @param scale the factor that makes score decide ({@link Objective#HIGHEST_SCORE}) or 1
 * @param unmatched the cost of staying unmatched
 * @param forbidden whether any pair is forbidden at all
 */
record Costs(long top, long scale, long unmatched, boolean forbidden) {

	long of(int score) {
		return score < 0 ? unmatched : (top - score) * scale;
	}

	/**
	 * Whether every cost is simply {@code top - score}, so the paths can use a loop with
	 * no test and no product.
	 */
	boolean plain() {
		return scale == 1 && !forbidden;
	}

}
