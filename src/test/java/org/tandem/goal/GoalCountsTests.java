package org.tandem.goal;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee's view of a pair's goals: how many are open, achieved and dropped, for a
 * whole list of pairings at once, and nothing else.
 */
@IntegrationTest
class GoalCountsTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Goals goals;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
	}

	@Test
	void countsEachPairingsGoalsByStatus() {
		TandemPrincipal mentee = PairWorld.as(this.world.mentee);
		TandemPrincipal mentor = PairWorld.as(this.world.mentor);
		Goal first = add(this.world.pairing, mentee, "Lead a workshop");
		add(this.world.pairing, mentor, "Learn the new catalogue");
		Goal third = add(this.world.pairing, mentor, "Read the strategy");
		Goal fourth = add(this.world.pairing, mentee, "Join the union board");
		this.goals.change(first.id(), mentee, status("ACHIEVED"));
		this.goals.change(third.id(), mentor, status("ACHIEVED"));
		this.goals.change(fourth.id(), mentor, status("DROPPED"));
		add(this.world.otherPairing, PairWorld.as(this.world.otherMentee), "Their own goal");
		Pairing withoutGoals = emptyPairing();

		Map<PairingId, GoalCounts> counts = this.goals
			.countsOf(List.of(this.world.pairing.id(), this.world.otherPairing.id(), withoutGoals.id()))
			.get();

		assertThat(counts).hasSize(3);
		assertThat(counts.get(this.world.pairing.id())).isEqualTo(new GoalCounts(1, 2, 1));
		assertThat(counts.get(this.world.pairing.id()).total()).isEqualTo(4);
		assertThat(counts.get(this.world.otherPairing.id())).isEqualTo(new GoalCounts(1, 0, 0));
		assertThat(counts.get(withoutGoals.id())).isEqualTo(GoalCounts.NONE);
		assertThat(this.goals.countsOf(List.of()).get()).isEmpty();
	}

	@Test
	void theCountsCarryNumbersOnlyNeverText() {
		String secret = "Sentinel" + UUID.randomUUID();
		add(this.world.pairing, PairWorld.as(this.world.mentee), secret);
		GoalCounts counts = this.goals.countsOf(List.of(this.world.pairing.id())).get().get(this.world.pairing.id());
		assertThat(counts.toString()).doesNotContain(secret);
		for (RecordComponent component : GoalCounts.class.getRecordComponents()) {
			assertThat(component.getType()).as(component.getName()).isEqualTo(long.class);
		}
	}

	private Goal add(Pairing pairing, TandemPrincipal by, String title) {
		return this.goals.add(pairing.id(), by, new NewGoal(title, null, null, null, List.of()));
	}

	private static GoalChange status(String status) {
		return new GoalChange(null, null, null, false, null, status, null, null);
	}

	private Pairing emptyPairing() {
		Person mentor = this.fixtures.person(PairWorld.unique("Nel Nogoals"));
		Person mentee = this.fixtures.person(PairWorld.unique("Noa Nogoals"));
		this.programs.enroll(this.world.program.id(), mentor.id().value(), Role.MENTOR, 1, Participant.Profile.empty());
		this.programs.enroll(this.world.program.id(), mentee.id().value(), Role.MENTEE, 0, Participant.Profile.empty());
		return this.pairings.start(this.world.program.id(), PairWorld.ADMINISTRATOR,
				new NewPairing(mentor.id().value(), mentee.id().value(), PairWorld.today()));
	}

}
