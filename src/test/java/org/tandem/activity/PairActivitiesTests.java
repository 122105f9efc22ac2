package org.tandem.activity;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The checklist as other features (the pairing's workspace) get it: for the pair only.
 */
@IntegrationTest
class PairActivitiesTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PairActivities pairActivities;

	ActivityWorld world;

	PairWorld pairs;

	@BeforeEach
	void setUp() {
		this.world = new ActivityWorld(this.worlds.create(), this.jdbc);
		this.pairs = this.world.pairs;
	}

	@Test
	void thePairGetsItsChecklistAndNobodyElseDoes() throws Exception {
		this.world.tick(this.world.activities().get(2), "{\"done\": true, \"reflection\": \"Ours\"}")
			.andExpect(status().isOk());
		for (Person member : List.of(this.pairs.mentor, this.pairs.mentee)) {
			PairActivities.Checklist checklist = this.pairActivities.of(this.pairs.pairing.id(), PairWorld.as(member));
			assertThat(checklist.items()).hasSize(5);
			assertThat(checklist.done()).isEqualTo(1);
			assertThat(checklist.items().get(2).reflection()).isEqualTo("Ours");
			assertThat(checklist.items().get(2).toString()).doesNotContain("Ours");
			assertThat(this.pairActivities.ofMember(this.pairs.pairing, PairWorld.as(member)).get()).get()
				.extracting(PairActivities.Checklist::done)
				.isEqualTo(1L);
		}
		for (Person outsider : List.of(this.pairs.committee, this.pairs.admin, this.pairs.otherMentor,
				this.pairs.stranger)) {
			assertThatThrownBy(() -> this.pairActivities.of(this.pairs.pairing.id(), PairWorld.as(outsider)))
				.isInstanceOf(NotFoundException.class);
			assertThat(this.pairActivities.ofMember(this.pairs.pairing, PairWorld.as(outsider)).get()).isEmpty();
		}
		assertThatThrownBy(() -> this.pairActivities.of(this.pairs.pairing.id(), PairWorld.ADMINISTRATOR))
			.isInstanceOf(NotFoundException.class);
	}

}
