package org.tandem.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.person.PersonId;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * The committee's alternatives to a run (forbid, pin, take either back): each starts a
 * new draft with the run's forbidden and pinned pairs changed by one; the run itself
 * stays as it is.
 */
@Component
public class WhatIfRuns {

	private final MatchingRuns runs;

	private final MatchingInputs inputs;

	WhatIfRuns(MatchingRuns runs, MatchingInputs inputs) {
		this.runs = runs;
		this.inputs = inputs;
	}

	/**
	 * A new draft with this pair forbidden (it is no longer pinned).
	 */
	public MatchingRun forbid(MatchingRunId runId, TandemPrincipal me, PersonPair pair) {
		MatchingRun run = this.runs.managed(runId, me);
		List<PersonPair> forbid = new ArrayList<>(run.forbidden());
		if (!forbid.contains(pair)) {
			forbid.add(pair);
		}
		List<PersonPair> pin = new ArrayList<>(run.pinned());
		pin.remove(pair);
		return this.runs.start(run.programId(), me, run.mode(), forbid, pin);
	}

	/**
	 * A new draft with this pair pinned (instead of any earlier pin of the mentee, and no
	 * longer forbidden).
	 */
	public MatchingRun pin(MatchingRunId runId, TandemPrincipal me, PersonPair pair) {
		MatchingRun run = this.runs.managed(runId, me);
		List<PersonPair> forbid = new ArrayList<>(run.forbidden());
		forbid.remove(pair);
		List<PersonPair> pin = new ArrayList<>(run.pinned());
		pin.removeIf((p) -> p.menteeId().equals(pair.menteeId()));
		pin.add(pair);
		return this.runs.start(run.programId(), me, run.mode(), forbid, pin);
	}

	/**
	 * A new draft without this forbidden pair.
	 * @throws InvalidInputException if the run does not forbid the pair
	 */
	public MatchingRun allow(MatchingRunId runId, TandemPrincipal me, PersonPair pair) {
		MatchingRun run = this.runs.managed(runId, me);
		List<PersonPair> forbid = new ArrayList<>(run.forbidden());
		if (!forbid.remove(pair)) {
			throw new InvalidInputException("pair", "is not forbidden in this run");
		}
		return this.runs.start(run.programId(), me, run.mode(), forbid, run.pinned());
	}

	/**
	 * A new draft without this pin.
	 * @throws InvalidInputException if the run does not pin the pair
	 */
	public MatchingRun unpin(MatchingRunId runId, TandemPrincipal me, PersonPair pair) {
		MatchingRun run = this.runs.managed(runId, me);
		List<PersonPair> pin = new ArrayList<>(run.pinned());
		if (!pin.remove(pair)) {
			throw new InvalidInputException("pair", "is not pinned in this run");
		}
		return this.runs.start(run.programId(), me, run.mode(), run.forbidden(), pin);
	}

	/**
	 * Every active mentor as the mentee's mentor instead, in the program's order: the
	 * score, the places left beside the run's other pins, and why the pair is not
	 * allowed.
	 * @param run a run the caller manages (see {@link MatchingRuns#managed})
	 * @throws NotFoundException if the mentee is not part of the run
	 */
	public List<SwapOption> swapOptions(MatchingRun run, PersonId menteeId) {
		UUID mentee = menteeId.value();
		boolean inRun = run.proposals().stream().anyMatch((p) -> p.menteeId().equals(mentee))
				|| run.unmatched().stream().anyMatch((u) -> u.menteeId().equals(mentee));
		MatchingInput input = this.inputs.load(run.programId());
		Candidate candidate = input.mentees()
			.stream()
			.filter((c) -> c.personId().equals(mentee))
			.findFirst()
			.orElse(null);
		if (!inRun || candidate == null) {
			throw new NotFoundException("This mentee is not part of the run.");
		}
		Map<UUID, Integer> pinnedLoad = new HashMap<>();
		run.pinned()
			.stream()
			.filter((pin) -> !pin.menteeId().equals(mentee))
			.forEach((pin) -> pinnedLoad.merge(pin.mentorId(), 1, Integer::sum));
		Scoring scoring = new Scoring(input.settings());
		Constraints constraints = new Constraints(input, new HashSet<>(run.forbidden()));
		List<SwapOption> options = new ArrayList<>();
		for (int i = 0; i < input.mentors().size(); i++) {
			Candidate mentor = input.mentors().get(i);
			PairScore score = scoring.score(mentor, candidate, input.requestRank(mentee, mentor.personId()));
			options.add(new SwapOption(mentor.personId(), score.total(),
					input.capacities()[i] - pinnedLoad.getOrDefault(mentor.personId(), 0),
					constraints.violation(mentor.personId(), mentee, score)));
		}
		return options;
	}

}
