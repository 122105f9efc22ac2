package org.tandem.message;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.notification.EmailFrequency;
import org.tandem.notification.EmailPreferences;
import org.tandem.person.Person;
import org.tandem.shared.TandemProperties;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner is told that a message arrived and from whom, with a link to the
 * conversation, never what it says; by email as they chose (at once, in the weekly
 * digest, never); and once per run of unread messages, not once per message.
 */
@IntegrationTest
class MessageEmailTests {

	private static final String SECRET = "My salary is lower than the new hire's";

	@Autowired
	PairWorlds worlds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmailPreferences preferences;

	@Autowired
	TandemProperties properties;

	PairWorld world;

	MessageCalls api;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new MessageCalls(this.world);
	}

	@Test
	void theEmailNamesTheAuthorAndLinksTheConversationButNeverRepeatsTheText() throws Exception {
		UUID message = this.api.send(this.world.mentee, SECRET);

		Map<String, Object> email = awaitEmail(message, this.world.mentor);
		assertThat(email.get("recipient")).isEqualTo(this.world.mentor.email());
		assertThat((String) email.get("subject")).isEqualTo("New message from " + this.world.mentee.name())
			.doesNotContain("salary");
		assertThat((String) email.get("body_text"))
			.contains(this.world.mentee.name() + " sent you a message",
					this.properties.baseUrl() + "/pairings/" + this.world.pairing.id() + "/messages")
			.doesNotContain(SECRET)
			.doesNotContain("salary");
		assertThat(email.get("body_html")).isNull();
		assertThat(this.jdbc.sql("select text from notification where notification_key = :key")
			.param("key", key(message, this.world.mentor))
			.query(String.class)
			.single()).isEqualTo(this.world.mentee.name() + " sent you a message.");
		// the author is not told of their own message
		MessageCalls.awaitEventsHandled(this.jdbc, message);
		assertThat(outbox(key(message, this.world.mentee))).isZero();
		assertThat(this.jdbc.sql("select count(*) from event_publication where serialized_event like :secret")
			.param("secret", "%salary%")
			.query(Long.class)
			.single()).as("the event carries no text").isZero();
	}

	@Test
	void aBurstOfMessagesTellsOnceUntilTheRecipientHasReadThem() throws Exception {
		UUID first = this.api.send(this.world.mentor, "One");
		awaitEmail(first, this.world.mentee);
		UUID second = this.api.send(this.world.mentor, "Two");
		UUID third = this.api.send(this.world.mentor, "Three");
		MessageCalls.awaitEventsHandled(this.jdbc, second);
		MessageCalls.awaitEventsHandled(this.jdbc, third);
		assertThat(outbox(key(second, this.world.mentee)) + outbox(key(third, this.world.mentee))).isZero();
		assertThat(notifications(second) + notifications(third)).isZero();

		// an answer from the mentee tells the mentor: it is another recipient
		UUID answer = this.api.send(this.world.mentee, "Got them");
		awaitEmail(answer, this.world.mentor);

		this.api.post(this.world.mentee, this.api.pairMessages() + "/read", null);
		UUID later = this.api.send(this.world.mentor, "Four, after you read the others");
		awaitEmail(later, this.world.mentee);
	}

	@Test
	void noEmailForSomeoneWhoChoseNever() throws Exception {
		this.preferences.choose(this.world.mentor.id().value(), EmailFrequency.NEVER);
		UUID message = this.api.send(this.world.mentee, SECRET);

		MessageCalls.awaitEventsHandled(this.jdbc, message);
		assertThat(notifications(message)).as("still told in Tandem").isEqualTo(1);
		assertThat(outbox(key(message, this.world.mentor))).isZero();
		assertThat(digestItems(message)).isZero();
	}

	@Test
	void theWeeklyDigestTellsWithoutTheText() throws Exception {
		this.preferences.choose(this.world.mentor.id().value(), EmailFrequency.WEEKLY);
		UUID message = this.api.send(this.world.mentee, SECRET);

		MessageCalls.awaitEventsHandled(this.jdbc, message);
		assertThat(outbox(key(message, this.world.mentor))).isZero();
		Map<String, Object> item = this.jdbc
			.sql("select person_id, subject, body_text from email_digest_item where message_key = :key")
			.param("key", key(message, this.world.mentor))
			.query()
			.singleRow();
		assertThat(item.get("person_id")).isEqualTo(this.world.mentor.id().value());
		assertThat((String) item.get("subject")).isEqualTo("New message from " + this.world.mentee.name());
		assertThat((String) item.get("body_text"))
			.contains("/pairings/" + this.world.pairing.id() + "/messages", this.world.mentee.name())
			.doesNotContain(SECRET)
			.doesNotContain("salary");
	}

	private Map<String, Object> awaitEmail(UUID message, Person recipient) {
		String key = key(message, recipient);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(outbox(key)).as("email %s", key).isEqualTo(1));
		return this.jdbc
			.sql("select recipient, subject, body_text, body_html from outbox_message where message_key = :key")
			.param("key", key)
			.query()
			.singleRow();
	}

	private long outbox(String key) {
		return this.jdbc.sql("select count(*) from outbox_message where message_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	private long notifications(UUID message) {
		return this.jdbc.sql("select count(*) from notification where notification_key like :key")
			.param("key", "message:" + message + ":%")
			.query(Long.class)
			.single();
	}

	private long digestItems(UUID message) {
		return this.jdbc.sql("select count(*) from email_digest_item where message_key like :key")
			.param("key", "message:" + message + ":%")
			.query(Long.class)
			.single();
	}

	private static String key(UUID message, Person recipient) {
		return "message:" + message + ":" + recipient.id().value();
	}

}
