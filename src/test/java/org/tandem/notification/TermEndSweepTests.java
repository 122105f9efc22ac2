package org.tandem.notification;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At the end of a program's term, each member of every active pairing is invited, once,
 * to the end evaluation and to leave kudos; pairings of programs still running are not.
 */
@IntegrationTest
class TermEndSweepTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	TermEndSweep sweep;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
	}

	@Test
	void eachMemberOfAnActivePairingIsInvitedOnceWhenTheTermEnds() {
		Program ended = this.programs
			.create(PairWorld.settings("Ended term", PairWorld.today().minusYears(1).minusDays(1)));
		Person mentee = this.world.member(ended, Role.MENTEE, "Tess Mentee");
		Person mentor = this.fixtures.person(PairWorld.unique("Tom Mentor"));
		this.programs.enroll(ended.id(), mentor.id().value(), Role.MENTOR, 1, Participant.Profile.empty());
		Pairing pairing = this.pairings.start(ended.id(), PairWorld.ADMINISTRATOR,
				new NewPairing(mentor.id().value(), mentee.id().value(), ended.startsOn().plusDays(3)));

		this.sweep.sweep();
		this.sweep.sweep();

		for (Person person : List.of(mentor, mentee)) {
			List<String> links = this.jdbc.sql("select link from notification where person_id = :person")
				.param("person", person.id().value())
				.query(String.class)
				.list();
			assertThat(links).as(person.name()).containsOnlyOnce("/pairings/" + pairing.id() + "/evaluations/END");
			List<String> mail = this.jdbc
				.sql("select body_text from outbox_message where recipient = :email "
						+ "and message_key like 'term-end:%'")
				.param("email", person.email())
				.query(String.class)
				.list();
			assertThat(mail).hasSize(1);
			assertThat(mail.get(0)).contains("/pairings/" + pairing.id() + "/kudos")
				.contains("/pairings/" + pairing.id() + "/evaluations/END");
		}
		// the world's program runs on: its pairs hear nothing
		assertThat(this.jdbc.sql("select count(*) from notification where person_id = :person and link like :link")
			.param("person", this.world.mentee.id().value())
			.param("link", "%/evaluations/END")
			.query(Long.class)
			.single()).isZero();
	}

}
