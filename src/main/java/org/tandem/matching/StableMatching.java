package org.tandem.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.matching.solver.DeferredAcceptance;

/**
 * The preferences mode: a mentee-optimal stable assignment. A mentee considers only the
 * mentors they ranked (and may be paired with). A mentor's order is their own ranking,
 * then every other allowed mentee by score, ties by the mentees' order, so a mentor who
 * did not rank still has an order.
 */
record StableMatching(int[] mentorOf, int blockingPairs) {

	/**
	 * @param open the indexes of the mentees to place, in the order of the rows of
	 * {@code scores}
	 * @param scores scores per open mentee and mentor, negative where forbidden
	 * @param capacities each mentor's places left
	 */
	static StableMatching of(MatchingInput input, List<Integer> open, int[][] scores, int[] capacities) {
		int mentors = input.mentors().size();
		Map<UUID, Integer> mentorIndex = new HashMap<>();
		for (int i = 0; i < mentors; i++) {
			mentorIndex.put(input.mentors().get(i).personId(), i);
		}
		Map<UUID, Integer> rowOf = new HashMap<>();
		for (int row = 0; row < open.size(); row++) {
			rowOf.put(input.mentees().get(open.get(row)).personId(), row);
		}
		int[][] menteeRanking = new int[open.size()][];
		for (int row = 0; row < open.size(); row++) {
			int[] scoreRow = scores[row];
			menteeRanking[row] = input.menteeRankings()
				.getOrDefault(input.mentees().get(open.get(row)).personId(), List.of())
				.stream()
				.map(mentorIndex::get)
				.filter((mentor) -> mentor != null && scoreRow[mentor] >= 0)
				.mapToInt(Integer::intValue)
				.toArray();
		}
		int[][] mentorRanking = new int[mentors][];
		for (int mentor = 0; mentor < mentors; mentor++) {
			mentorRanking[mentor] = mentorOrder(input, mentor, rowOf, scores);
		}
		int[] mentorOf = DeferredAcceptance.menteeOptimal(menteeRanking, mentorRanking, capacities);
		int blocking = DeferredAcceptance.blockingPairs(menteeRanking, mentorRanking, capacities, mentorOf).size();
		return new StableMatching(mentorOf, blocking);
	}

	private static int[] mentorOrder(MatchingInput input, int mentor, Map<UUID, Integer> rowOf, int[][] scores) {
		List<Integer> order = new ArrayList<>();
		boolean[] placed = new boolean[scores.length];
		for (UUID menteeId : input.mentorRankings().getOrDefault(input.mentors().get(mentor).personId(), List.of())) {
			Integer row = rowOf.get(menteeId);
			if (row != null && scores[row][mentor] >= 0 && !placed[row]) {
				order.add(row);
				placed[row] = true;
			}
		}
		List<Integer> rest = new ArrayList<>();
		for (int row = 0; row < scores.length; row++) {
			if (!placed[row] && scores[row][mentor] >= 0) {
				rest.add(row);
			}
		}
		rest.sort(Comparator.<Integer>comparingInt((row) -> -scores[row][mentor]).thenComparingInt((row) -> row));
		order.addAll(rest);
		return order.stream().mapToInt(Integer::intValue).toArray();
	}

}
