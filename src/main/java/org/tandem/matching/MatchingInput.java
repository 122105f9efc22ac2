package org.tandem.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything the matcher needs to know about a program at one moment.
 *
 * @param mentors the active mentors
 * @param capacities each mentor's places left after their active pairings
 * @param mentees the active mentees without an active pairing in the program
 * @param pairedMentees active mentees who have an active pairing already
 * @param ancestors everyone above each person in the supervisory chain
 * @param formerPartners pairs who were paired before, in either role (empty unless the
 * program excludes them)
 * @param menteeRankings mentors ranked by each mentee, first choice first
 * @param mentorRankings mentees ranked by each mentor who ranked
 */
record MatchingInput(MatchingSettings settings, List<Candidate> mentors, int[] capacities, List<Candidate> mentees,
		Set<UUID> pairedMentees, Map<UUID, Set<UUID>> ancestors, Set<PersonPair> formerPartners,
		Map<UUID, List<UUID>> menteeRankings, Map<UUID, List<UUID>> mentorRankings) {

	/**
	 * The mentee's rank for the mentor (1 is the first choice), 0 if not ranked.
	 */
	int requestRank(UUID menteeId, UUID mentorId) {
		return this.menteeRankings.getOrDefault(menteeId, List.of()).indexOf(mentorId) + 1;
	}

}
