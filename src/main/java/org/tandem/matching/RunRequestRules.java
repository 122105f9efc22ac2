package org.tandem.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * The rules for the pairs a run is asked to forbid or pin, before anything is scored.
 */
final class RunRequestRules {

	/**
	 * The most pairs a run may forbid or pin.
	 */
	static final int MAX_PAIRS = 5000;

	private RunRequestRules() {
	}

	/**
	 * @throws InvalidInputException naming every pair that names someone who is not an
	 * active mentor or mentee of the program, a mentee pinned twice, or a pair both
	 * pinned and forbidden
	 * @throws ConflictException if a pinned mentee has an active pairing already
	 */
	static void check(MatchingInput input, List<PersonPair> forbid, List<PersonPair> pin) {
		Set<UUID> mentors = new HashSet<>();
		input.mentors().forEach((mentor) -> mentors.add(mentor.personId()));
		Set<UUID> mentees = new HashSet<>(input.pairedMentees());
		input.mentees().forEach((mentee) -> mentees.add(mentee.personId()));
		List<FieldError> problems = new ArrayList<>();
		if (forbid.size() > MAX_PAIRS || pin.size() > MAX_PAIRS) {
			problems.add(new FieldError(forbid.size() > MAX_PAIRS ? "forbid" : "pin",
					"must hold at most " + MAX_PAIRS + " pairs"));
		}
		checkPeople("forbid", forbid, mentors, mentees, problems);
		checkPeople("pin", pin, mentors, mentees, problems);
		Set<UUID> pinnedMentees = new HashSet<>();
		Set<PersonPair> forbidden = new HashSet<>(forbid);
		for (int k = 0; k < pin.size(); k++) {
			if (!pinnedMentees.add(pin.get(k).menteeId())) {
				problems.add(new FieldError("pin[" + k + "][1]", "pins a mentee who is pinned already"));
			}
			if (forbidden.contains(pin.get(k))) {
				problems.add(new FieldError("pin[" + k + "]", "is also forbidden"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		for (PersonPair pair : pin) {
			if (input.pairedMentees().contains(pair.menteeId())) {
				throw new ConflictException("pin", "A pinned mentee has an active pairing in this program already.");
			}
		}
	}

	private static void checkPeople(String field, List<PersonPair> pairs, Set<UUID> mentors, Set<UUID> mentees,
			List<FieldError> problems) {
		for (int k = 0; k < pairs.size(); k++) {
			if (!mentors.contains(pairs.get(k).mentorId())) {
				problems.add(new FieldError(field + "[" + k + "][0]", "must be an active mentor of the program"));
			}
			if (!mentees.contains(pairs.get(k).menteeId())) {
				problems.add(new FieldError(field + "[" + k + "][1]", "must be an active mentee of the program"));
			}
		}
	}

}
