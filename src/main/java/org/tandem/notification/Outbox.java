package org.tandem.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.person.Person;
import org.tandem.shared.EmailAddress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The transactional outbox: an email is written in the same transaction as the change
 * that causes it, so it is sent exactly when that change commits, and sent later by the
 * {@link MailDispatcher}.
 */
@Service
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	Outbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Whether Tandem can email this person at all. An address stored before the rules
	 * were strict may be unusable: the person is skipped and the sender goes on with the
	 * next one, so that one bad address never aborts a batch of reminders.
	 */
	public boolean canSendTo(Person person) {
		if (EmailAddress.isValid(person.email())) {
			return true;
		}
		log.warn("Person {} has an email address that Tandem cannot send to; no email for them", person.id().value());
		return false;
	}

	/**
	 * Queues the message in the caller's transaction, which must exist.
	 * @return {@code true} if it is new, {@code false} if a message with the same key was
	 * queued before (whatever became of it)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(OutgoingMessage message) {
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.sql("""
				insert into outbox_message (id, message_key, recipient, subject, body_text, body_html, ics, ics_method,
				    created_at, status, attempts, next_attempt_at)
				values (:id, :key, :recipient, :subject, :text, :html, :ics, :method, :now, 'PENDING', 0, :now)
				on conflict (message_key) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("key", message.key())
			.param("recipient", message.recipient())
			.param("subject", message.subject())
			.param("text", message.bodyText())
			.param("html", message.bodyHtml())
			.param("ics", message.ics())
			.param("method", message.icsMethod())
			.param("now", now)
			.update() == 1;
	}

}
