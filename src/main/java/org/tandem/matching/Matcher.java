package org.tandem.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.matching.solver.AssignmentSolver;
import org.tandem.shared.kernel.ConflictException;

/**
 * One run of the matcher over a program's input, without a database: scores every pair,
 * forbids what the hard constraints forbid, places the pins, and hands the rest to the
 * exact solver (or to deferred acceptance in preferences mode).
 */
final class Matcher {

	static final int FORBIDDEN = -1;

	private final MatchingInput input;

	private final Scoring scoring;

	private final Constraints constraints;

	private final Map<UUID, Integer> mentorIndex = new HashMap<>();

	private final Map<UUID, Integer> menteeIndex = new HashMap<>();

	private Matcher(MatchingInput input, Set<PersonPair> forbidden) {
		this.input = input;
		this.scoring = new Scoring(input.settings());
		this.constraints = new Constraints(input, forbidden);
		for (int i = 0; i < input.mentors().size(); i++) {
			this.mentorIndex.put(input.mentors().get(i).personId(), i);
		}
		for (int j = 0; j < input.mentees().size(); j++) {
			this.menteeIndex.put(input.mentees().get(j).personId(), j);
		}
	}

	/**
	 * @throws org.tandem.shared.kernel.InvalidInputException if a forbidden or pinned
	 * pair names someone who is not an active mentor or mentee of the program, or the
	 * pins contradict each other or the forbidden pairs
	 * @throws ConflictException if a pin breaks a hard constraint or a mentor's capacity
	 */
	static MatchResult run(MatchingInput input, RunMode mode, List<PersonPair> forbid, List<PersonPair> pin) {
		RunRequestRules.check(input, forbid, pin);
		return new Matcher(input, new HashSet<>(forbid)).match(mode, pin);
	}

	private MatchResult match(RunMode mode, List<PersonPair> pins) {
		int mentors = this.input.mentors().size();
		int[] capacities = this.input.capacities().clone();
		List<Proposal> proposals = new ArrayList<>();
		Set<Integer> pinnedMentees = new HashSet<>();
		for (PersonPair pin : pins) {
			int mentor = this.mentorIndex.get(pin.mentorId());
			int mentee = this.menteeIndex.get(pin.menteeId());
			PairScore score = score(mentor, mentee);
			String violation = this.constraints.violation(pin.mentorId(), pin.menteeId(), score);
			if (violation != null) {
				throw new ConflictException("pin", "The pinned pair cannot be proposed: " + violation + ".");
			}
			if (--capacities[mentor] < 0) {
				throw new ConflictException("pin",
						"The pins take a mentor past their capacity: no place is left for one of the pinned mentees.");
			}
			pinnedMentees.add(mentee);
			proposals.add(Proposal.of(pin.mentorId(), pin.menteeId(), score, true));
		}
		List<Integer> open = new ArrayList<>();
		for (int j = 0; j < this.input.mentees().size(); j++) {
			if (!pinnedMentees.contains(j)) {
				open.add(j);
			}
		}
		int[][] scores = new int[open.size()][mentors];
		for (int row = 0; row < open.size(); row++) {
			for (int mentor = 0; mentor < mentors; mentor++) {
				scores[row][mentor] = allowedScore(mentor, open.get(row));
			}
		}
		Integer blocking = null;
		int[] mentorOf;
		if (mode == RunMode.PREFERENCES) {
			StableMatching stable = StableMatching.of(this.input, open, scores, capacities);
			mentorOf = stable.mentorOf();
			blocking = stable.blockingPairs();
		}
		else {
			mentorOf = solve(scores, capacities);
		}
		List<Unmatched> unmatched = new ArrayList<>();
		UnmatchedReason[] reasons = (mode == RunMode.OPTIMAL) ? UnmatchedReasons.of(scores, capacities, mentorOf)
				: null;
		for (int row = 0; row < open.size(); row++) {
			int mentee = open.get(row);
			if (mentorOf[row] >= 0) {
				proposals.add(Proposal.of(this.input.mentors().get(mentorOf[row]).personId(),
						this.input.mentees().get(mentee).personId(), score(mentorOf[row], mentee), false));
			}
			else {
				UnmatchedReason reason = (reasons != null) ? reasons[row] : preferencesReason(scores[row], mentee);
				unmatched.add(new Unmatched(this.input.mentees().get(mentee).personId(), reason));
			}
		}
		int total = proposals.stream().mapToInt(Proposal::score).sum();
		return new MatchResult(proposals, unmatched, total, blocking);
	}

	private int[] solve(int[][] scores, int[] capacities) {
		int[] mentorOf = new int[scores.length];
		java.util.Arrays.fill(mentorOf, -1);
		if (scores.length == 0 || capacities.length == 0) {
			return mentorOf;
		}
		return AssignmentSolver.solve(scores, capacities, this.input.settings().objective()).mentorOf();
	}

	/**
	 * In preferences mode a mentee considers only the mentors they ranked; deferred
	 * acceptance leaves them out only when each of those is full with mentees the mentor
	 * ranks higher.
	 */
	private UnmatchedReason preferencesReason(int[] scores, int mentee) {
		UUID menteeId = this.input.mentees().get(mentee).personId();
		List<UUID> ranked = this.input.menteeRankings().getOrDefault(menteeId, List.of());
		for (int mentor = 0; mentor < scores.length; mentor++) {
			if (scores[mentor] >= 0 && ranked.contains(this.input.mentors().get(mentor).personId())) {
				return UnmatchedReason.CAPACITY_EXHAUSTED;
			}
		}
		return UnmatchedReason.NO_FEASIBLE_MENTOR;
	}

	private PairScore score(int mentor, int mentee) {
		Candidate mentorCandidate = this.input.mentors().get(mentor);
		Candidate menteeCandidate = this.input.mentees().get(mentee);
		return this.scoring.score(mentorCandidate, menteeCandidate,
				this.input.requestRank(menteeCandidate.personId(), mentorCandidate.personId()));
	}

	private int allowedScore(int mentor, int mentee) {
		PairScore score = score(mentor, mentee);
		@Nullable String violation = this.constraints.violation(this.input.mentors().get(mentor).personId(),
				this.input.mentees().get(mentee).personId(), score);
		return (violation != null) ? FORBIDDEN : score.total();
	}

}
