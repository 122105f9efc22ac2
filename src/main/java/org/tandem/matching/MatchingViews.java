package org.tandem.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * The models of the review and swap pages, and the what-if runs started from them. Names
 * come with one query per page.
 */
@Component
class MatchingViews {

	private final MatchingRuns runs;

	private final RunQueries queries;

	private final Programs programs;

	private final People people;

	private final MatchingInputs inputs;

	MatchingViews(MatchingRuns runs, RunQueries queries, Programs programs, People people, MatchingInputs inputs) {
		this.runs = runs;
		this.queries = queries;
		this.programs = programs;
		this.people = people;
		this.inputs = inputs;
	}

	RunReview review(UUID runId, TandemPrincipal me, @Nullable String error) {
		MatchingRun run = this.runs.managed(runId, me);
		Program program = this.programs.managedBy(run.programId(), me);
		Set<UUID> ids = new HashSet<>();
		run.proposals().forEach((p) -> {
			ids.add(p.mentorId());
			ids.add(p.menteeId());
		});
		run.unmatched().forEach((u) -> ids.add(u.menteeId()));
		run.pinned().forEach((p) -> {
			ids.add(p.mentorId());
			ids.add(p.menteeId());
		});
		run.forbidden().forEach((p) -> {
			ids.add(p.mentorId());
			ids.add(p.menteeId());
		});
		return new RunReview(run, program.name(), names(ids), this.queries.latest(run.programId()), error);
	}

	/**
	 * The mentors one mentee of the run could be pinned to instead, allowed ones first,
	 * then by score.
	 * @throws NotFoundException if the mentee is not part of the run
	 */
	SwapPage swap(UUID runId, TandemPrincipal me, UUID menteeId) {
		MatchingRun run = this.runs.managed(runId, me);
		boolean inRun = run.proposals().stream().anyMatch((p) -> p.menteeId().equals(menteeId))
				|| run.unmatched().stream().anyMatch((u) -> u.menteeId().equals(menteeId));
		MatchingInput input = this.inputs.load(run.programId());
		Candidate mentee = input.mentees()
			.stream()
			.filter((c) -> c.personId().equals(menteeId))
			.findFirst()
			.orElse(null);
		if (!inRun || mentee == null) {
			throw new NotFoundException("This mentee is not part of the run.");
		}
		Map<UUID, Integer> pinnedLoad = new HashMap<>();
		run.pinned()
			.stream()
			.filter((pin) -> !pin.menteeId().equals(menteeId))
			.forEach((pin) -> pinnedLoad.merge(pin.mentorId(), 1, Integer::sum));
		Scoring scoring = new Scoring(input.settings());
		Constraints constraints = new Constraints(input, new HashSet<>(run.forbidden()));
		Set<UUID> ids = new LinkedHashSet<>();
		ids.add(menteeId);
		input.mentors().forEach((m) -> ids.add(m.personId()));
		Map<UUID, String> names = names(ids);
		List<SwapOption> options = new ArrayList<>();
		for (int i = 0; i < input.mentors().size(); i++) {
			Candidate mentor = input.mentors().get(i);
			PairScore score = scoring.score(mentor, mentee, input.requestRank(menteeId, mentor.personId()));
			options.add(new SwapOption(mentor.personId(), names.getOrDefault(mentor.personId(), "Unknown person"),
					score.total(), input.capacities()[i] - pinnedLoad.getOrDefault(mentor.personId(), 0),
					constraints.violation(mentor.personId(), menteeId, score)));
		}
		options.sort(Comparator.comparing((SwapOption o) -> !o.allowed())
			.thenComparing(Comparator.comparingInt(SwapOption::score).reversed())
			.thenComparing(SwapOption::name));
		return new SwapPage(run, menteeId, names.getOrDefault(menteeId, "Unknown person"), options);
	}

	/**
	 * A new draft with the run's forbidden and pinned pairs and this pair forbidden (it
	 * is no longer pinned).
	 */
	MatchingRun forbid(UUID runId, TandemPrincipal me, PersonPair pair) {
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
	 * A new draft with the run's forbidden and pinned pairs and this pair pinned (instead
	 * of any earlier pin of the mentee, and no longer forbidden).
	 */
	MatchingRun pin(UUID runId, TandemPrincipal me, PersonPair pair) {
		MatchingRun run = this.runs.managed(runId, me);
		List<PersonPair> forbid = new ArrayList<>(run.forbidden());
		forbid.remove(pair);
		List<PersonPair> pin = new ArrayList<>(run.pinned());
		pin.removeIf((p) -> p.menteeId().equals(pair.menteeId()));
		pin.add(pair);
		return this.runs.start(run.programId(), me, run.mode(), forbid, pin);
	}

	/**
	 * A new draft with the run's forbidden and pinned pairs except this forbidden one.
	 * @throws InvalidInputException if the run does not forbid the pair
	 */
	MatchingRun allow(UUID runId, TandemPrincipal me, PersonPair pair) {
		MatchingRun run = this.runs.managed(runId, me);
		List<PersonPair> forbid = new ArrayList<>(run.forbidden());
		if (!forbid.remove(pair)) {
			throw new InvalidInputException("pair", "is not forbidden in this run");
		}
		return this.runs.start(run.programId(), me, run.mode(), forbid, run.pinned());
	}

	/**
	 * A new draft with the run's forbidden and pinned pairs except this pin.
	 * @throws InvalidInputException if the run does not pin the pair
	 */
	MatchingRun unpin(UUID runId, TandemPrincipal me, PersonPair pair) {
		MatchingRun run = this.runs.managed(runId, me);
		List<PersonPair> pin = new ArrayList<>(run.pinned());
		if (!pin.remove(pair)) {
			throw new InvalidInputException("pair", "is not pinned in this run");
		}
		return this.runs.start(run.programId(), me, run.mode(), run.forbidden(), pin);
	}

	private Map<UUID, String> names(Set<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		for (Person person : this.people.findAll(ids)) {
			names.put(person.id().value(), person.name());
		}
		return names;
	}

}
