package org.tandem.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly digest: emails for people who chose {@link EmailFrequency#WEEKLY} wait in
 * table {@code email_digest_item} and go out as one email per person when
 * {@link #sendAll()} runs. Each person's items are deleted in the transaction that queues
 * their digest, so an item is in exactly one digest.
 */
@Component
class WeeklyDigest {

	static final int PEOPLE_PER_ROUND = 200;

	/**
	 * More items than a week brings; the rest waits for the next digest.
	 */
	static final int MAX_ITEMS = 100;

	private final JdbcClient jdbc;

	private final People people;

	private final Outbox outbox;

	private final EmailPreferences preferences;

	private final TransactionTemplate transaction;

	private final Clock clock;

	WeeklyDigest(JdbcClient jdbc, People people, Outbox outbox, EmailPreferences preferences,
			PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.outbox = outbox;
		this.preferences = preferences;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * Keeps an email for the person's next digest; the same key twice is kept once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	void add(Person person, String key, String subject, String text) {
		this.jdbc.sql("""
				insert into email_digest_item (id, message_key, person_id, subject, body_text, created_at)
				values (:id, :key, :person, :subject, :text, :now)
				on conflict (message_key) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("key", key)
			.param("person", person.id().value())
			.param("subject", subject)
			.param("text", text)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * Queues one digest for every person with waiting items.
	 * @return how many digests were queued
	 */
	int sendAll() {
		int sent = 0;
		List<UUID> done = new ArrayList<>();
		List<UUID> waiting = waiting(done);
		while (!waiting.isEmpty()) {
			for (UUID person : waiting) {
				Boolean queued = this.transaction.execute((status) -> send(person));
				sent += Boolean.TRUE.equals(queued) ? 1 : 0;
				done.add(person);
			}
			waiting = waiting(done);
		}
		return sent;
	}

	private List<UUID> waiting(List<UUID> done) {
		// people handled in this run are left out, so that items that arrive meanwhile
		// wait for the next digest instead of keeping this loop going
		return this.jdbc.sql("""
				select distinct person_id from email_digest_item
				where not (person_id = any(:done)) order by person_id limit :limit
				""").param("done", done.toArray(UUID[]::new)).param("limit", PEOPLE_PER_ROUND).query(UUID.class).list();
	}

	private boolean send(UUID personId) {
		List<Item> items = this.jdbc.sql("""
				delete from email_digest_item where id in (
				  select id from email_digest_item where person_id = :person
				  order by created_at, id limit :limit for update skip locked)
				returning id, subject, body_text, created_at
				""")
			.param("person", personId)
			.param("limit", MAX_ITEMS)
			.query((rs, row) -> new Item(rs.getObject("id", UUID.class), rs.getString("subject"),
					rs.getString("body_text"), rs.getTimestamp("created_at").toInstant()))
			.list()
			.stream()
			.sorted(Comparator.comparing(Item::createdAt).thenComparing(Item::id))
			.toList();
		Optional<Person> person = this.people.find(new PersonId(personId));
		if (items.isEmpty() || person.isEmpty() || person.get().disabled()
				|| this.preferences.frequencyOf(personId) == EmailFrequency.NEVER
				|| !this.outbox.canSendTo(person.get())) {
			// someone who chose no email after the items were kept gets none
			return false;
		}
		StringBuilder text = new StringBuilder(
				"Hello " + person.get().name() + ",\n\nHere is your news from Tandem.\n");
		for (Item item : items) {
			text.append("\n").append(item.subject()).append("\n\n").append(item.text().strip()).append("\n");
		}
		text.append("\nTandem\n");
		String subject = (items.size() == 1) ? "Your Tandem news: " + items.get(0).subject()
				: "Your Tandem news: " + items.size() + " updates";
		return this.outbox.enqueue(OutgoingMessage.text("digest:" + personId + ":" + items.get(0).id(),
				person.get().email(), Messenger.oneLine(subject), text.toString()));
	}

	private record Item(UUID id, String subject, String text, Instant createdAt) {

	}

}
