package org.tandem.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly committee digest lists the pairs at risk by name and state, to each
 * committee member through the outbox, once per week, and carries no pair's text.
 */
@IntegrationTest
class CommitteeDigestTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CommitteeDigest digest;

	@Autowired
	Clock clock;

	PairWorld world;

	Program program;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		LocalDate today = LocalDate.now(this.clock);
		this.program = this.programs.create(PairWorld.settings("Digest", today.minusMonths(6)));
		this.programs.enroll(this.program.id(), this.world.committee.id().value(), Role.COMMITTEE, 0,
				Participant.Profile.empty());
		HealthData data = new HealthData(this.jdbc, this.program.id());
		UUID mentor = data.person("Dora Digestmentor", null);
		UUID mentee = data.person("Dan Digestmentee", null);
		UUID pairing = data.pairing(mentor, mentee, today.minusDays(30), null, null, null);
		data.concern(pairing, mentee, "OPEN");
		data.goal(pairing, mentee, "OPEN");
	}

	@Test
	void eachCommitteeMemberGetsTheAtRiskListOnceAWeekWithNamesAndStatesOnly() {
		this.digest.sendAll();
		List<String> bodies = bodies();
		assertThat(bodies).hasSize(1);
		assertThat(bodies.get(0)).contains("Dora Digestmentor and Dan Digestmentee")
			.contains("No first contact yet")
			.contains("A concern is open")
			.contains("/programs/" + this.program.id() + "/health")
			.doesNotContain(HealthData.SENTINEL);

		this.digest.sendAll();
		assertThat(bodies()).as("the same week again").hasSize(1);
	}

	private List<String> bodies() {
		return this.jdbc.sql("""
				select body_text from outbox_message
				where recipient = :email and message_key like 'health-digest:' || :program || ':%'""")
			.param("email", this.world.committee.email())
			.param("program", this.program.id().toString())
			.query(String.class)
			.list();
	}

}
