package org.tandem.matching.solver;

import java.util.Arrays;

/**
 * Exact maximum-score assignment of mentees to mentors with capacities.
 *
 * <p>
 * The problem is a rectangular linear assignment: one row per mentee, one column per
 * mentor <em>slot</em> (a mentor of capacity c contributes c identical columns), plus
 * "nobody" columns so that every row can be assigned. A forbidden pair and a "nobody"
 * column cost the same large amount, so a row that ends on one of them is simply
 * unmatched. {@link MentorSolver} solves it with the identical slots of a mentor grouped
 * into one column with a count of places, and never stores a cost matrix: costs come from
 * {@code scores[mentee][mentor]} as they are needed. On large instances
 * {@link SparseSolver} first solves on each mentee's cheapest mentors
 * ({@link Candidates}) and proves the result optimal against the full matrix (or hands
 * over to full rows).
 *
 * <p>
 * Both objectives become one minimum-cost assignment in long arithmetic: for
 * {@link Objective#MOST_MATCHED_THEN_SCORE} an unmatched row costs more than the whole
 * score range of all rows together, so one more matched mentee always wins; for
 * {@link Objective#HIGHEST_SCORE} scores are scaled by {@code min(mentees, slots) + 1}
 * and each match is worth one extra unit, so score decides and the matched count only
 * breaks ties.
 *
 * <p>
 * Ties: the result depends on nothing but the input. Mentees are processed in index
 * order, among equally cheap mentors one with a free place is tried first (then the
 * lowest index on full rows, or the earliest candidate, which the sparse route takes from
 * a row-dependent starting column), and among equally short augmenting paths the one
 * found first in that order wins; among several optimal assignments no other preference
 * is promised.
 */
public final class AssignmentSolver {

	/** Keeps every intermediate sum of costs and potentials far from overflowing. */
	private static final long MAX_COST = 1L << 60;

	/** Cheapest mentors per mentee to start the sparse solve with. */
	static final int SPARSE_CANDIDATES_DEFAULT = 20;

	private static final int SPARSE_CANDIDATES = -1;

	/** Sparse solves before giving up on candidates. */
	private static final int SPARSE_ROUNDS = 4;

	private static final int SPARSE_MIN_MENTORS = 200;

	private static final long SPARSE_MIN_PAIRS = 1_000_000L;

	private AssignmentSolver() {
	}

	/**
	 * Finds an optimal assignment.
	 * @param scores {@code scores[mentee][mentor]}; a negative score means forbidden
	 * @param capacities {@code capacities[mentor] >= 0}
	 * @param objective what to maximise
	 * @return the exact optimum; the same input always gives the same output
	 * @throws IllegalArgumentException for a ragged matrix or a negative capacity
	 */
	public static Assignment solve(int[][] scores, int[] capacities, Objective objective) {
		return solve(scores, capacities, objective, SPARSE_CANDIDATES, SPARSE_ROUNDS);
	}

	/**
	 * Whether to solve on candidate mentors first: for large instances, whether their
	 * scores spread widely or tie a lot (on ties the candidates hold many equally good
	 * mentors, and a row at one of them passes the check without a second look).
	 */
	static boolean sparseFits(int mentees, int mentors) {
		return mentors >= SPARSE_MIN_MENTORS && (long) mentees * mentors >= SPARSE_MIN_PAIRS;
	}

	/**
	 * {@link #solve(int[][], int[], Objective)} with the sparse first solve forced on
	 * ({@code candidates > 0}: that many per mentee, at most {@code rounds} widenings
	 * before full rows) or off ({@code candidates == 0}); tests use it on small
	 * instances. A negative candidate count lets {@link #sparseFits} decide.
	 */
	static Assignment solve(int[][] scores, int[] capacities, Objective objective, int candidates, int rounds) {
		int mentees = scores.length;
		int mentors = capacities.length;
		long slots = 0;
		for (int j = 0; j < mentors; j++) {
			if (capacities[j] < 0) {
				throw new IllegalArgumentException("capacity of mentor " + j + " is negative");
			}
			// more slots than mentees can never be used
			slots += Math.min(capacities[j], mentees);
		}
		for (int i = 0; i < mentees; i++) {
			if (scores[i] == null || scores[i].length != mentors) {
				throw new IllegalArgumentException("scores row " + i + " does not have " + mentors + " entries");
			}
		}
		int[] mentorOf = new int[mentees];
		Arrays.fill(mentorOf, -1);
		if (slots == 0) {
			return new Assignment(0, 0, mentorOf);
		}
		int k = candidates >= 0 ? candidates : sparseFits(mentees, mentors) ? SPARSE_CANDIDATES_DEFAULT : 0;
		// the sparse route learns the highest score while it picks the candidates, in
		// the same pass over the matrix; 0 stands in for the lowest one, which only
		// makes an unmatched mentee dearer than it needs to be
		Candidates picked = k > 0 ? new Candidates(scores, capacities, k) : null;
		int[] range = picked != null ? new int[] { picked.maxScore, 0 } : range(scores);
		int maxScore = range[0];
		int minScore = range[1];
		if (maxScore < 0) {
			return new Assignment(0, 0, mentorOf);
		}
		long pairs = Math.min(mentees, slots);
		long scale;
		long unmatchedCost;
		if (objective == Objective.MOST_MATCHED_THEN_SCORE) {
			scale = 1;
			unmatchedCost = pairs * (maxScore - minScore) + 1;
		}
		else {
			scale = pairs + 1;
			unmatchedCost = maxScore * scale + 1;
		}
		if (unmatchedCost > MAX_COST) {
			throw new IllegalArgumentException("scores too large for this many mentees");
		}
		int[] columnOf = null;
		if (picked != null) {
			columnOf = new SparseSolver(scores, capacities, new Costs(maxScore, scale, unmatchedCost, true), picked)
				.solve(rounds);
		}
		if (columnOf == null) {
			boolean forbidden = picked != null ? anyForbidden(scores) : range[2] != 0;
			columnOf = new MentorSolver(scores, capacities, new Costs(maxScore, scale, unmatchedCost, forbidden))
				.solve();
		}
		long objectiveValue = 0;
		int matched = 0;
		for (int i = 0; i < mentees; i++) {
			int j = columnOf[i];
			if (j < mentors && scores[i][j] >= 0) {
				mentorOf[i] = j;
				objectiveValue += scores[i][j];
				matched++;
			}
		}
		return new Assignment(objectiveValue, matched, mentorOf);
	}

	/**
	 * The highest and lowest allowed score ({@code -1} and {@code Integer.MAX_VALUE} when
	 * every pair is forbidden), and 1 when some pair is forbidden.
	 */
	private static int[] range(int[][] scores) {
		int maxScore = -1;
		int minScore = Integer.MAX_VALUE;
		int forbidden = 0;
		for (int[] row : scores) {
			for (int s : row) {
				if (s >= 0) {
					maxScore = Math.max(maxScore, s);
					minScore = Math.min(minScore, s);
				}
				else {
					forbidden = 1;
				}
			}
		}
		return new int[] { maxScore, minScore, forbidden };
	}

	private static boolean anyForbidden(int[][] scores) {
		for (int[] row : scores) {
			for (int s : row) {
				if (s < 0) {
					return true;
				}
			}
		}
		return false;
	}

}
