package org.tandem.matching.solver;

/**
 * What {@link AssignmentSolver} maximises.
 */
public enum Objective {

	/** The number of matched mentees first, then the total score. */
	MOST_MATCHED_THEN_SCORE,

	/**
	 * The total score only; a mentee may stay unmatched. Among assignments with the same
	 * total score, the one with more matched mentees wins.
	 */
	HIGHEST_SCORE

}
