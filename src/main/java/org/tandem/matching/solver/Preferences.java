package org.tandem.matching.solver;

import java.util.Arrays;

/**
 * Checked rankings with constant-time lookup of a mentor's rank for a mentee.
 */
final class Preferences {

	static final int UNACCEPTABLE = Integer.MAX_VALUE;

	private final int[][] mentorRank;

	Preferences(int[][] menteeRanking, int[][] mentorRanking, int[] capacities) {
		int mentees = menteeRanking.length;
		int mentors = capacities.length;
		if (mentorRanking.length != mentors) {
			throw new IllegalArgumentException("mentor rankings and capacities differ in length");
		}
		for (int i = 0; i < mentees; i++) {
			for (int j : menteeRanking[i]) {
				if (j < 0 || j >= mentors) {
					throw new IllegalArgumentException("mentee " + i + " ranks unknown mentor " + j);
				}
			}
		}
		this.mentorRank = new int[mentors][];
		for (int j = 0; j < mentors; j++) {
			if (capacities[j] < 0) {
				throw new IllegalArgumentException("capacity of mentor " + j + " is negative");
			}
			int[] rank = new int[mentees];
			Arrays.fill(rank, UNACCEPTABLE);
			int[] list = mentorRanking[j];
			for (int r = list.length - 1; r >= 0; r--) {
				if (list[r] < 0 || list[r] >= mentees) {
					throw new IllegalArgumentException("mentor " + j + " ranks unknown mentee " + list[r]);
				}
				rank[list[r]] = r;
			}
			this.mentorRank[j] = rank;
		}
	}

	/** The mentor's rank of the mentee (0 = best), or {@link #UNACCEPTABLE}. */
	int mentorRank(int mentor, int mentee) {
		return mentorRank[mentor][mentee];
	}

}
