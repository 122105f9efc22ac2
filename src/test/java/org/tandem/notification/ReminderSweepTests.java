package org.tandem.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
 * The sweep against pairings whose latest contact lies in the past (the cadence is 28/42
 * days, first contact within 7). Other tests' pairings are swept too; assertions look
 * only at this test's people.
 */
@IntegrationTest
class ReminderSweepTests {

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

	PairingFixtures given;

	Program program;

	Person committee;

	Person mentor;

	Person mentee;

	private Pairing pairing(int daysSinceContact) {
		this.given = new PairingFixtures(this.programs, this.pairings, this.fixtures, this.jdbc);
		this.program = this.given.program();
		this.committee = this.given.member(this.program, Role.COMMITTEE, "Cora Committee");
		this.mentor = this.given.member(this.program, Role.MENTOR, "Mina Mentor");
		this.mentee = this.given.member(this.program, Role.MENTEE, "Theo Mentee");
		Pairing pairing = this.given.pair(this.program, this.mentor, this.mentee, today().minusDays(100));
		// wait for the start messages so that they do not mix with the reminders
		PairingFixtures.await(() -> this.given.emailsTo(this.mentee), (list) -> !list.isEmpty());
		if (daysSinceContact >= 0) {
			this.pairings.recordContact(pairing.id(), today().minusDays(daysSinceContact));
		}
		return pairing;
	}

	@Test
	void aDueContactRemindsTheMentorOnceHoweverOftenTheSweepRuns() {
		Pairing pairing = pairing(30);
		this.sweep.sweep();
		this.sweep.sweep();
		assertThat(kinds(pairing)).containsExactly("DUE");
		assertThat(reminders(this.mentor)).singleElement().satisfies((email) -> {
			assertThat(email.key()).isEqualTo("reminder:" + pairing.id().value() + ":DUE:" + today().minusDays(30) + ":"
					+ this.mentor.id().value());
			assertThat(email.body()).contains(this.mentee.name(), Messenger.day(today().plusDays(13)),
					"/pairings/" + pairing.id().value());
		});
		assertThat(reminders(this.mentee)).isEmpty();
		assertThat(reminders(this.committee)).isEmpty();
		assertThat(this.given.notificationTexts(this.mentor)).filteredOn((text) -> text.startsWith("Time to get"))
			.hasSize(1);
	}

	@Test
	void aNewContactOpensANewWindow() {
		Pairing pairing = pairing(30);
		this.sweep.sweep();
		this.pairings.recordContact(pairing.id(), today().minusDays(29));
		this.sweep.sweep();
		assertThat(reminders(this.mentor)).extracting(Email::key)
			.containsExactlyInAnyOrder(key(pairing, "DUE", today().minusDays(30), this.mentor),
					key(pairing, "DUE", today().minusDays(29), this.mentor));
	}

	@Test
	void anOverdueContactRemindsBothButNotYetTheCommittee() {
		Pairing pairing = pairing(56);
		this.sweep.sweep();
		assertThat(kinds(pairing)).containsExactly("OVERDUE");
		assertThat(reminders(this.mentor)).extracting(Email::key)
			.containsExactly(key(pairing, "OVERDUE", today().minusDays(56), this.mentor));
		assertThat(reminders(this.mentee)).singleElement()
			.satisfies((email) -> assertThat(email.body()).contains(this.mentor.name()));
		assertThat(reminders(this.committee)).as("14 days late is not more than 14").isEmpty();
	}

	@Test
	void theCommitteeHearsOfAPairingOverdueByMoreThanTwoWeeksOnce() {
		Pairing pairing = pairing(57);
		this.sweep.sweep();
		this.sweep.sweep();
		assertThat(kinds(pairing)).containsExactlyInAnyOrder("OVERDUE", "COMMITTEE_OVERDUE");
		assertThat(reminders(this.committee)).singleElement().satisfies((email) -> {
			assertThat(email.key()).isEqualTo(key(pairing, "COMMITTEE_OVERDUE", today().minusDays(57), this.committee));
			assertThat(email.body()).contains(this.mentor.name(), this.mentee.name(), "15 days");
		});
		assertThat(this.given.notificationTexts(this.committee)).singleElement().asString().contains("15 days overdue");
	}

	@Test
	void theCommitteeHearsOfALateFirstContact() {
		Pairing pairing = pairing(-1);
		this.sweep.sweep();
		assertThat(kinds(pairing)).containsExactly("FIRST_CONTACT_LATE");
		assertThat(reminders(this.committee)).singleElement()
			.satisfies((email) -> assertThat(email.subject()).contains("First contact late", this.mentor.name()));
		assertThat(reminders(this.mentor)).isEmpty();
	}

	@Test
	void someoneWhoWantsNoEmailIsRemindedInAppOnly() {
		Pairing pairing = pairing(30);
		this.preferences.choose(this.mentor.id().value(), EmailFrequency.NEVER);
		this.sweep.sweep();
		assertThat(kinds(pairing)).containsExactly("DUE");
		assertThat(reminders(this.mentor)).isEmpty();
		assertThat(this.given.notificationTexts(this.mentor)).filteredOn((text) -> text.startsWith("Time to get"))
			.hasSize(1);
	}

	@Test
	void twoNodesSweepingAtOnceSendEachReminderOnce() throws Exception {
		Pairing pairing = pairing(57);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = List.of(pool.submit(this.sweep::sweep), pool.submit(this.sweep::sweep));
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(kinds(pairing)).containsExactlyInAnyOrder("OVERDUE", "COMMITTEE_OVERDUE");
		assertThat(reminders(this.mentor)).hasSize(1);
		assertThat(reminders(this.mentee)).hasSize(1);
		assertThat(reminders(this.committee)).hasSize(1);
		assertThat(this.given.notificationTexts(this.committee)).hasSize(1);
	}

	@Test
	void oneUnusableAddressSilencesNobodyElse() {
		Pairing pairing = pairing(57);
		// stored before addresses were checked strictly: a list and a display name
		for (String hostile : new String[] { "me," + this.mentee.email(), "<" + this.mentee.email() + ">" }) {
			this.jdbc.sql("update person set email = :email where id = :id")
				.param("email", hostile)
				.param("id", this.mentee.id().value())
				.update();
			this.jdbc.sql("delete from reminder_sent where pairing_id = :id")
				.param("id", pairing.id().value())
				.update();
			this.jdbc.sql("delete from outbox_message where message_key like :key")
				.param("key", "reminder:" + pairing.id().value() + ":%")
				.update();
			this.sweep.sweep();
			assertThat(kinds(pairing)).as(hostile).containsExactlyInAnyOrder("OVERDUE", "COMMITTEE_OVERDUE");
			assertThat(reminders(this.mentor)).as(hostile).hasSize(1);
			assertThat(reminders(this.committee)).as(hostile).hasSize(1);
			assertThat(this.jdbc.sql("select count(*) from outbox_message where message_key like :key")
				.param("key", "reminder:%:" + this.mentee.id().value())
				.query(Integer.class)
				.single()).as("no email to the unusable address").isZero();
		}
		assertThat(this.given.notificationTexts(this.mentee)).as("told in the app instead")
			.anyMatch((text) -> text.contains("overdue"));
	}

	private List<String> kinds(Pairing pairing) {
		return this.jdbc.sql("select kind from reminder_sent where pairing_id = :id")
			.param("id", pairing.id().value())
			.query(String.class)
			.list();
	}

	private List<Email> reminders(Person person) {
		return this.given.emailsTo(person).stream().filter((email) -> email.key().startsWith("reminder:")).toList();
	}

	private static String key(Pairing pairing, String kind, LocalDate window, Person person) {
		return "reminder:" + pairing.id().value() + ":" + kind + ":" + window + ":" + person.id().value();
	}

	private static LocalDate today() {
		return PairingFixtures.today();
	}

}
