package org.tandem.notification;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.notification.PairingFixtures.Email;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People who chose a weekly digest get the week's news in one email; others' emails stay
 * as they are. Other tests' digests may be sent too; assertions look only at this test's
 * people.
 */
@IntegrationTest
class WeeklyDigestTests {

	@Autowired
	WeeklyDigest digest;

	@Autowired
	ReminderSweep sweep;

	@Autowired
	EmailPreferences preferences;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWeeklyPersonsNewsWaitsAndGoesOutAsOneEmailOnce() {
		PairingFixtures given = new PairingFixtures(this.programs, this.pairings, this.fixtures, this.jdbc);
		Program program = given.program();
		Person mentor = given.member(program, Role.MENTOR, "Mina Mentor");
		Person mentee = given.member(program, Role.MENTEE, "Theo Mentee");
		this.preferences.choose(mentor.id().value(), EmailFrequency.WEEKLY);
		Pairing pairing = given.pair(program, mentor, mentee, PairingFixtures.today().minusDays(100));
		PairingFixtures.await(() -> waiting(mentor), (count) -> count == 1L);
		this.pairings.recordContact(pairing.id(), PairingFixtures.today().minusDays(30));
		this.sweep.sweep();
		assertThat(waiting(mentor)).isEqualTo(2);
		assertThat(given.emailsTo(mentor)).as("nothing sent at once").isEmpty();
		assertThat(given.notificationTexts(mentor)).as("in-app as always").hasSize(2);
		PairingFixtures.await(() -> given.emailsTo(mentee), (list) -> !list.isEmpty());

		this.digest.sendAll();
		this.digest.sendAll();

		List<Email> emails = given.emailsTo(mentor);
		assertThat(emails).singleElement().satisfies((email) -> {
			assertThat(email.key()).startsWith("digest:" + mentor.id().value() + ":");
			assertThat(email.subject()).isEqualTo("Your Tandem news: 2 updates");
			assertThat(email.body()).startsWith("Hello " + mentor.name())
				.contains("You are now mentoring " + mentee.name(), "Time for a contact with " + mentee.name(),
						"/pairings/" + pairing.id().value());
		});
		assertThat(waiting(mentor)).isZero();
		assertThat(given.emailsTo(mentee)).as("the mentee gets email at once")
			.extracting(Email::key)
			.containsExactly("pairing-started:" + pairing.id().value() + ":" + mentee.id().value());
	}

	@Test
	void someoneWhoSwitchesToNeverBeforeTheDigestGetsNone() {
		PairingFixtures given = new PairingFixtures(this.programs, this.pairings, this.fixtures, this.jdbc);
		Program program = given.program();
		Person mentor = given.member(program, Role.MENTOR, "Mina Mentor");
		Person mentee = given.member(program, Role.MENTEE, "Theo Mentee");
		this.preferences.choose(mentee.id().value(), EmailFrequency.WEEKLY);
		given.pair(program, mentor, mentee, PairingFixtures.today());
		PairingFixtures.await(() -> waiting(mentee), (count) -> count == 1L);
		this.preferences.choose(mentee.id().value(), EmailFrequency.NEVER);

		this.digest.sendAll();

		assertThat(given.emailsTo(mentee)).isEmpty();
		assertThat(waiting(mentee)).isZero();
	}

	private long waiting(Person person) {
		return this.jdbc.sql("select count(*) from email_digest_item where person_id = :p")
			.param("p", person.id().value())
			.query(Long.class)
			.single();
	}

}
