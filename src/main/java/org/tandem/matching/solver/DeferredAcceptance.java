package org.tandem.matching.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Stable assignment with capacities for preferences mode (the hospitals/residents problem
 * of Gale and Shapley, 1962, with mentees proposing).
 *
 * <p>
 * A pair is acceptable only when each side ranks the other. Rankings list indices, most
 * preferred first; an index listed twice counts at its first place.
 */
public final class DeferredAcceptance {

	private DeferredAcceptance() {
	}

	/**
	 * Mentee-optimal stable assignment: mentees propose in order of preference, each
	 * mentor holds its best acceptable proposals up to its capacity and rejects the rest.
	 * The result does not depend on the order of proposals, so it is unique for the
	 * input.
	 * @param menteeRanking {@code menteeRanking[i]} = mentor indices, most preferred
	 * first (unranked = unacceptable)
	 * @param mentorRanking {@code mentorRanking[j]} = mentee indices, most preferred
	 * first (a mentee not listed is unacceptable to j)
	 * @param capacities {@code capacities[j] >= 0}
	 * @return the mentor of each mentee, or -1
	 */
	public static int[] menteeOptimal(int[][] menteeRanking, int[][] mentorRanking, int[] capacities) {
		Preferences prefs = new Preferences(menteeRanking, mentorRanking, capacities);
		int mentees = menteeRanking.length;
		int[] mentorOf = new int[mentees];
		Arrays.fill(mentorOf, -1);
		int[] nextChoice = new int[mentees];
		int[][] held = new int[capacities.length][];
		int[] heldCount = new int[capacities.length];
		for (int j = 0; j < capacities.length; j++) {
			held[j] = new int[Math.min(capacities[j], mentees)];
		}
		ArrayDeque<Integer> proposing = new ArrayDeque<>();
		for (int i = 0; i < mentees; i++) {
			proposing.add(i);
		}
		while (!proposing.isEmpty()) {
			int i = proposing.poll();
			int[] list = menteeRanking[i];
			while (mentorOf[i] < 0 && nextChoice[i] < list.length) {
				int j = list[nextChoice[i]++];
				int rank = prefs.mentorRank(j, i);
				if (rank == Preferences.UNACCEPTABLE || held[j].length == 0) {
					continue;
				}
				if (heldCount[j] < held[j].length) {
					held[j][heldCount[j]++] = i;
					mentorOf[i] = j;
					continue;
				}
				int worst = worstHeld(prefs, j, held[j]);
				if (rank < prefs.mentorRank(j, held[j][worst])) {
					int rejected = held[j][worst];
					held[j][worst] = i;
					mentorOf[i] = j;
					mentorOf[rejected] = -1;
					proposing.add(rejected);
				}
			}
		}
		return mentorOf;
	}

	/**
	 * Every blocking pair of an assignment: a mentee and a mentor who find each other
	 * acceptable, are not paired, the mentee prefers that mentor to their own (or has
	 * none), and the mentor has a free place or prefers the mentee to one it has.
	 * @return pairs {@code {mentee, mentor}} in mentee then preference order; empty means
	 * stable
	 * @throws IllegalArgumentException when a mentor has more mentees than its capacity
	 */
	public static List<int[]> blockingPairs(int[][] menteeRanking, int[][] mentorRanking, int[] capacities,
			int[] mentorOf) {
		Preferences prefs = new Preferences(menteeRanking, mentorRanking, capacities);
		int mentors = capacities.length;
		int[] count = new int[mentors];
		int[] worstRank = new int[mentors];
		for (int i = 0; i < mentorOf.length; i++) {
			int j = mentorOf[i];
			if (j < -1 || j >= mentors) {
				throw new IllegalArgumentException("mentee " + i + " has no such mentor " + j);
			}
			if (j >= 0) {
				count[j]++;
				worstRank[j] = Math.max(worstRank[j], prefs.mentorRank(j, i));
			}
		}
		for (int j = 0; j < mentors; j++) {
			if (count[j] > capacities[j]) {
				throw new IllegalArgumentException("mentor " + j + " has more mentees than places");
			}
		}
		List<int[]> blocking = new ArrayList<>();
		for (int i = 0; i < menteeRanking.length; i++) {
			for (int j : menteeRanking[i]) {
				if (j == mentorOf[i]) {
					break; // the rest of the list is worse than the mentee's own mentor
				}
				int rank = prefs.mentorRank(j, i);
				if (rank == Preferences.UNACCEPTABLE) {
					continue;
				}
				if (count[j] < capacities[j] || rank < worstRank[j]) {
					blocking.add(new int[] { i, j });
				}
			}
		}
		return blocking;
	}

	private static int worstHeld(Preferences prefs, int mentor, int[] held) {
		int worst = 0;
		for (int t = 1; t < held.length; t++) {
			if (prefs.mentorRank(mentor, held[t]) > prefs.mentorRank(mentor, held[worst])) {
				worst = t;
			}
		}
		return worst;
	}

}
