package org.tandem.matching.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.matching.MatchingRun;
import org.tandem.matching.MatchingRunId;
import org.tandem.matching.MatchingRuns;
import org.tandem.matching.RunQueries;
import org.tandem.matching.SwapOption;
import org.tandem.matching.WhatIfRuns;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * The models of the review and swap pages. Names come with one query per page.
 */
@Component
class MatchingViews {

	private final MatchingRuns runs;

	private final WhatIfRuns whatIfs;

	private final RunQueries queries;

	private final Programs programs;

	private final People people;

	MatchingViews(MatchingRuns runs, WhatIfRuns whatIfs, RunQueries queries, Programs programs, People people) {
		this.runs = runs;
		this.whatIfs = whatIfs;
		this.queries = queries;
		this.programs = programs;
		this.people = people;
	}

	RunReview review(MatchingRunId runId, TandemPrincipal me, @Nullable String error) {
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
	 * then by score, then by name.
	 * @throws NotFoundException if the mentee is not part of the run
	 */
	SwapPage swap(MatchingRunId runId, TandemPrincipal me, PersonId menteeId) {
		MatchingRun run = this.runs.managed(runId, me);
		List<SwapOption> options = this.whatIfs.swapOptions(run, menteeId);
		Set<UUID> ids = new LinkedHashSet<>();
		ids.add(menteeId.value());
		options.forEach((o) -> ids.add(o.mentorId()));
		Map<UUID, String> names = names(ids);
		List<SwapOption> sorted = options.stream()
			.sorted(Comparator.comparing((SwapOption o) -> !o.allowed())
				.thenComparing(Comparator.comparingInt(SwapOption::score).reversed())
				.thenComparing((SwapOption o) -> names.getOrDefault(o.mentorId(), SwapPage.UNKNOWN)))
			.toList();
		return new SwapPage(run, menteeId.value(), names, sorted);
	}

	private Map<UUID, String> names(Set<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		for (Person person : this.people.findAll(ids)) {
			names.put(person.id().value(), person.name());
		}
		return names;
	}

}
