package org.tandem.notification;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingStarted;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * An event delivered again (Spring Modulith re-delivers those whose listener did not
 * finish, e.g. after a crash) tells each person once, in-app as by email.
 */
@IntegrationTest
class RedeliveryTests {

	@Autowired
	PairingStartedMessages startedMessages;

	@Autowired
	Notifications notifications;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void thePairingStartedEventDeliveredTwiceTellsEachPersonOnce() {
		PairingFixtures given = new PairingFixtures(this.programs, this.pairings, this.fixtures, this.jdbc);
		Program program = given.program();
		Person mentor = given.member(program, Role.MENTOR, "Rhea Redelivered");
		Person mentee = given.member(program, Role.MENTEE, "Remy Redelivered");
		Pairing pairing = given.pair(program, mentor, mentee, PairingFixtures.today());
		// the first delivery, after the commit of the start
		PairingFixtures.await(() -> given.notificationTexts(mentee), (texts) -> !texts.isEmpty());
		PairingStarted event = new PairingStarted(pairing.id(), program.id(), mentor.id().value(), mentee.id().value(),
				pairing.startedOn());

		// the listener's own code, called as a redelivery would, twice more
		PairingStartedMessages listener = AopTestUtils.getTargetObject(this.startedMessages);
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> listener.on(event));
		transaction.executeWithoutResult((status) -> listener.on(event));

		assertThat(given.notificationTexts(mentor)).singleElement().asString().contains(mentee.name());
		assertThat(given.notificationTexts(mentee)).singleElement().asString().contains(mentor.name());
		assertThat(given.emailsTo(mentor)).hasSize(1);
		assertThat(given.emailsTo(mentee)).hasSize(1);
		assertThat(keys(mentor)).containsExactly("pairing-started:" + pairing.id().value() + ":" + mentor.id().value());
	}

	@Test
	void theSameKeyAddsOneNotificationAndNoKeyAddsEveryTime() {
		Person person = this.fixtures.person(PairingFixtures.unique("Kai Keyed"));
		UUID id = person.id().value();
		String key = "test:" + UUID.randomUUID() + ":" + id;
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		Boolean first = transaction.execute((status) -> this.notifications.notify(id, key, "Once only", "/pairings"));
		Boolean second = transaction.execute((status) -> this.notifications.notify(id, key, "Once only", "/pairings"));
		transaction.executeWithoutResult((status) -> {
			this.notifications.notify(id, "Without a key", null);
			this.notifications.notify(id, "Without a key", null);
		});
		assertThat(first).isTrue();
		assertThat(second).isFalse();
		assertThat(this.notifications.unreadCount(id)).isEqualTo(3);
		assertThat(keys(person)).containsExactly(key);
	}

	@Test
	void aKeyIsShortAndNotBlank() {
		UUID id = this.fixtures.person(PairingFixtures.unique("Bo Blank")).id().value();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		assertThatIllegalArgumentException().isThrownBy(
				() -> transaction.executeWithoutResult((status) -> this.notifications.notify(id, " ", "Text", null)));
		assertThatIllegalArgumentException().isThrownBy(() -> transaction
			.executeWithoutResult((status) -> this.notifications.notify(id, "k".repeat(401), "Text", null)));
		assertThat(this.notifications.unreadCount(id)).isZero();
	}

	private java.util.List<String> keys(Person person) {
		return this.jdbc
			.sql("select notification_key from notification where person_id = :person and notification_key is not null")
			.param("person", person.id().value())
			.query(String.class)
			.list();
	}

}
