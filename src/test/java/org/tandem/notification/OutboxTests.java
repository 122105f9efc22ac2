package org.tandem.notification;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A message exists exactly when the change that caused it commits, and once per key.
 */
@IntegrationTest
class OutboxTests {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aMessageIsWrittenPendingInTheCallersTransaction() {
		OutgoingMessage message = message();
		Boolean created = transaction().execute((status) -> this.outbox.enqueue(message));
		assertThat(created).isTrue();
		assertThat(this.jdbc.sql("""
				select status || ' ' || attempts || ' ' || recipient || ' ' || (next_attempt_at <= now())
				from outbox_message where message_key = :key
				""").param("key", message.key()).query(String.class).single())
			.isEqualTo("PENDING 0 " + message.recipient() + " true");
	}

	@Test
	void aRolledBackTransactionLeavesNoMessage() {
		OutgoingMessage message = message();
		transaction().executeWithoutResult((status) -> {
			assertThat(this.outbox.enqueue(message)).isTrue();
			status.setRollbackOnly();
		});
		assertThat(count(message.key())).isZero();
	}

	@Test
	void enqueueingOutsideATransactionFailsAndWritesNothing() {
		OutgoingMessage message = message();
		assertThatThrownBy(() -> this.outbox.enqueue(message)).isInstanceOf(IllegalTransactionStateException.class);
		assertThat(count(message.key())).isZero();
	}

	@Test
	void theSameKeyTwiceIsOneMessage() {
		OutgoingMessage message = message();
		assertThat(transaction().<Boolean>execute((status) -> this.outbox.enqueue(message))).isTrue();
		OutgoingMessage again = OutgoingMessage.text(message.key(), "someone-else@example.org", "Other", "Other");
		assertThat(transaction().<Boolean>execute((status) -> this.outbox.enqueue(again))).isFalse();
		assertThat(count(message.key())).isEqualTo(1);
		assertThat(this.jdbc.sql("select subject from outbox_message where message_key = :key")
			.param("key", message.key())
			.query(String.class)
			.single()).isEqualTo(message.subject());
	}

	@Test
	void aDuplicateKeyDoesNotSpoilTheCallersTransaction() {
		OutgoingMessage message = message();
		transaction().execute((status) -> this.outbox.enqueue(message));
		OutgoingMessage second = message();
		transaction().executeWithoutResult((status) -> {
			assertThat(this.outbox.enqueue(message)).isFalse();
			assertThat(this.outbox.enqueue(second)).isTrue();
		});
		assertThat(count(second.key())).isEqualTo(1);
	}

	private TransactionTemplate transaction() {
		return new TransactionTemplate(this.transactions);
	}

	private long count(String key) {
		return this.jdbc.sql("select count(*) from outbox_message where message_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	static OutgoingMessage message() {
		String id = UUID.randomUUID().toString();
		return OutgoingMessage.text("test:" + id, "outbox-" + id.substring(0, 8) + "@example.org",
				"Subject " + id.substring(0, 8), "Hello,\n\nthis is message " + id + ".\n");
	}

}
