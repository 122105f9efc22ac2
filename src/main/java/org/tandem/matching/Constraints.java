package org.tandem.matching;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The hard constraints on one pair, apart from capacity: never the same person, never
 * anyone above or below in the supervisory chain (any depth), never a pair the committee
 * forbids, optionally never former partners, never a pair that fails a required
 * criterion.
 */
final class Constraints {

	private final MatchingInput input;

	private final Set<PersonPair> forbidden;

	Constraints(MatchingInput input, Set<PersonPair> forbidden) {
		this.input = input;
		this.forbidden = forbidden;
	}

	/**
	 * Why the pair may not be proposed, or {@code null} if it may.
	 */
	@Nullable String violation(UUID mentorId, UUID menteeId, PairScore score) {
		if (mentorId.equals(menteeId)) {
			return "a person is never paired with themself";
		}
		if (above(mentorId, menteeId) || above(menteeId, mentorId)) {
			return "one of them is in the other's supervisory chain";
		}
		PersonPair pair = new PersonPair(mentorId, menteeId);
		if (this.forbidden.contains(pair)) {
			return "the committee forbids this pair";
		}
		if (this.input.formerPartners().contains(pair)
				|| this.input.formerPartners().contains(new PersonPair(menteeId, mentorId))) {
			return "they were partners before and the program excludes former partners";
		}
		if (score.failsRequired()) {
			return "the pair fails a required criterion";
		}
		return null;
	}

	private boolean above(UUID upper, UUID lower) {
		return this.input.ancestors().getOrDefault(lower, Set.of()).contains(upper);
	}

}
