package org.tandem.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The matcher without a database: hard constraints, pins, capacities, reasons, and the
 * preferences mode's stability, on named cases and on many random instances.
 */
class MatcherTests {

	static final String[] TOPICS = { "cataloguing", "reference", "grants", "teaching", "archives", "metadata" };

	static Candidate person(SplittableRandom random) {
		List<String> topics = new ArrayList<>();
		for (String topic : TOPICS) {
			if (random.nextInt(3) == 0) {
				topics.add(topic);
			}
		}
		String department = random.nextBoolean() ? "Reference" : "Cataloguing";
		return Candidate.of(UUID.randomUUID(), department, null, topics, topics, null, List.of(), List.of("English"));
	}

	static MatchingInput input(List<Candidate> mentors, int[] capacities, List<Candidate> mentees,
			Map<UUID, Set<UUID>> ancestors, Map<UUID, List<UUID>> menteeRankings) {
		return new MatchingInput(MatchingSettings.defaults(), mentors, capacities, mentees, Set.of(), ancestors,
				Set.of(), menteeRankings, Map.of());
	}

	@Test
	void supervisorsAtAnyDepthForbiddenPairsAndCapacitiesAreRespected() {
		SplittableRandom random = new SplittableRandom(7);
		Candidate boss = person(random);
		Candidate other = person(random);
		Candidate junior = person(random);
		Candidate free = person(random);
		// junior reports to someone who reports to boss: depth two
		Map<UUID, Set<UUID>> ancestors = Map.of(junior.personId(), Set.of(UUID.randomUUID(), boss.personId()));
		MatchingInput input = input(List.of(boss, other), new int[] { 2, 1 }, List.of(junior, free), ancestors,
				Map.of());
		MatchResult result = Matcher.run(input, RunMode.OPTIMAL,
				List.of(new PersonPair(other.personId(), free.personId())), List.of());
		assertThat(result.proposals()).extracting(Proposal::mentorId, Proposal::menteeId)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(other.personId(), junior.personId()),
					org.assertj.core.groups.Tuple.tuple(boss.personId(), free.personId()));
	}

	@Test
	void pinsAlwaysAppearAndTakeAPlace() {
		SplittableRandom random = new SplittableRandom(11);
		Candidate mentor = person(random);
		Candidate a = person(random);
		Candidate b = person(random);
		MatchingInput input = input(List.of(mentor), new int[] { 1 }, List.of(a, b), Map.of(), Map.of());
		MatchResult result = Matcher.run(input, RunMode.OPTIMAL, List.of(),
				List.of(new PersonPair(mentor.personId(), b.personId())));
		assertThat(result.proposals()).singleElement().satisfies((p) -> {
			assertThat(p.menteeId()).isEqualTo(b.personId());
			assertThat(p.pinned()).isTrue();
		});
		assertThat(result.unmatched()).containsExactly(new Unmatched(a.personId(), UnmatchedReason.CAPACITY_EXHAUSTED));
	}

	@Test
	void aPinThatBreaksAHardConstraintOrCapacityIsAConflict() {
		SplittableRandom random = new SplittableRandom(13);
		Candidate boss = person(random);
		Candidate junior = person(random);
		Candidate other = person(random);
		MatchingInput input = input(List.of(boss), new int[] { 1 }, List.of(junior, other),
				Map.of(junior.personId(), Set.of(boss.personId())), Map.of());
		assertThatThrownBy(() -> Matcher.run(input, RunMode.OPTIMAL, List.of(),
				List.of(new PersonPair(boss.personId(), junior.personId()))))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("supervisory chain");
		MatchingInput full = input(List.of(boss), new int[] { 0 }, List.of(other), Map.of(), Map.of());
		assertThatThrownBy(() -> Matcher.run(full, RunMode.OPTIMAL, List.of(),
				List.of(new PersonPair(boss.personId(), other.personId()))))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("capacity");
	}

	@Test
	void pairsNamingStrangersOrContradictingEachOtherAreInvalid() {
		SplittableRandom random = new SplittableRandom(17);
		Candidate mentor = person(random);
		Candidate mentee = person(random);
		MatchingInput input = input(List.of(mentor), new int[] { 2 }, List.of(mentee), Map.of(), Map.of());
		PersonPair pair = new PersonPair(mentor.personId(), mentee.personId());
		assertThatThrownBy(() -> Matcher.run(input, RunMode.OPTIMAL,
				List.of(new PersonPair(UUID.randomUUID(), mentee.personId())), List.of()))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(
					(ex) -> assertThat(((InvalidInputException) ex).errors().get(0).field()).isEqualTo("forbid[0][0]"));
		assertThatThrownBy(() -> Matcher.run(input, RunMode.OPTIMAL, List.of(pair), List.of(pair)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> Matcher.run(input, RunMode.OPTIMAL, List.of(), List.of(pair, pair)))
			.isInstanceOf(InvalidInputException.class);
		// a mentor listed as mentee is not a mentee of the program
		assertThatThrownBy(() -> Matcher.run(input, RunMode.OPTIMAL, List.of(),
				List.of(new PersonPair(mentor.personId(), mentor.personId()))))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void noMentorsLeavesEveryMenteeWithoutAFeasibleMentor() {
		Candidate mentee = person(new SplittableRandom(19));
		MatchResult result = Matcher.run(input(List.of(), new int[0], List.of(mentee), Map.of(), Map.of()),
				RunMode.OPTIMAL, List.of(), List.of());
		assertThat(result.unmatched())
			.containsExactly(new Unmatched(mentee.personId(), UnmatchedReason.NO_FEASIBLE_MENTOR));
	}

	@Test
	void randomInstancesKeepEveryHardConstraint() {
		for (long seed = 1; seed <= 300; seed++) {
			SplittableRandom random = new SplittableRandom(seed);
			RandomCase c = RandomCase.of(random);
			for (RunMode mode : RunMode.values()) {
				MatchResult result;
				try {
					result = Matcher.run(c.input(), mode, c.forbid(), c.pin());
				}
				catch (ConflictException ex) {
					continue; // a random pin may break a constraint: that is the point of
								// 409
				}
				String why = "seed " + seed + " " + mode;
				Map<UUID, Integer> load = new HashMap<>();
				Set<UUID> placed = new HashSet<>();
				for (Proposal p : result.proposals()) {
					assertThat(c.forbid()).as(why).doesNotContain(new PersonPair(p.mentorId(), p.menteeId()));
					assertThat(c.input().ancestors().getOrDefault(p.menteeId(), Set.of())).as(why)
						.doesNotContain(p.mentorId());
					assertThat(c.input().ancestors().getOrDefault(p.mentorId(), Set.of())).as(why)
						.doesNotContain(p.menteeId());
					assertThat(placed.add(p.menteeId())).as(why).isTrue();
					load.merge(p.mentorId(), 1, Integer::sum);
				}
				for (int i = 0; i < c.input().mentors().size(); i++) {
					assertThat(load.getOrDefault(c.input().mentors().get(i).personId(), 0)).as(why)
						.isLessThanOrEqualTo(c.input().capacities()[i]);
				}
				for (PersonPair pin : c.pin()) {
					assertThat(result.proposals()).as(why)
						.anyMatch((p) -> p.pinned() && p.mentorId().equals(pin.mentorId())
								&& p.menteeId().equals(pin.menteeId()));
				}
				assertThat(placed.size() + result.unmatched().size()).as(why).isEqualTo(c.input().mentees().size());
				if (mode == RunMode.PREFERENCES) {
					assertThat(result.blockingPairs()).as(why).isZero();
				}
			}
		}
	}

	/**
	 * A random program: up to 6 mentors with capacities 0 to 2, up to 8 mentees, random
	 * supervisory chains, rankings, forbidden pairs and at most one pin.
	 */
	record RandomCase(MatchingInput input, List<PersonPair> forbid, List<PersonPair> pin) {

		static RandomCase of(SplittableRandom random) {
			List<Candidate> mentors = new ArrayList<>();
			List<Candidate> mentees = new ArrayList<>();
			int mentorCount = random.nextInt(7);
			int menteeCount = random.nextInt(9);
			int[] capacities = new int[mentorCount];
			for (int i = 0; i < mentorCount; i++) {
				mentors.add(person(random));
				capacities[i] = random.nextInt(3);
			}
			for (int j = 0; j < menteeCount; j++) {
				mentees.add(person(random));
			}
			Map<UUID, Set<UUID>> ancestors = new HashMap<>();
			Map<UUID, List<UUID>> rankings = new HashMap<>();
			List<PersonPair> forbid = new ArrayList<>();
			for (Candidate mentee : mentees) {
				List<UUID> ranked = new ArrayList<>();
				for (Candidate mentor : mentors) {
					int dice = random.nextInt(10);
					if (dice == 0) {
						ancestors.computeIfAbsent(mentee.personId(), (k) -> new HashSet<>()).add(mentor.personId());
					}
					else if (dice == 1) {
						ancestors.computeIfAbsent(mentor.personId(), (k) -> new HashSet<>()).add(mentee.personId());
					}
					else if (dice == 2) {
						forbid.add(new PersonPair(mentor.personId(), mentee.personId()));
					}
					if (random.nextInt(2) == 0) {
						ranked.add(mentor.personId());
					}
				}
				rankings.put(mentee.personId(), ranked);
			}
			List<PersonPair> pin = new ArrayList<>();
			if (!mentors.isEmpty() && !mentees.isEmpty() && random.nextInt(3) == 0) {
				PersonPair pair = new PersonPair(mentors.get(random.nextInt(mentors.size())).personId(),
						mentees.get(random.nextInt(mentees.size())).personId());
				if (!forbid.contains(pair)) {
					pin.add(pair);
				}
			}
			return new RandomCase(MatcherTests.input(mentors, capacities, mentees, ancestors, rankings), forbid, pin);
		}

	}

}
