package org.tandem.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.shared.TandemProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due outbox messages. Each batch is claimed with
 * {@code for update skip locked}, so dispatchers on several nodes never take the same
 * message, and is marked in the same transaction that holds the claim: a crash after a
 * send and before its mark rolls the claim back, and the message is sent once more with
 * the same Message-ID.
 */
@Component
public class MailDispatcher {

	static final int BATCH_SIZE = 50;

	private static final int MAX_BATCHES = 20;

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ObjectProvider<JavaMailSender> configuredSender;

	private final boolean configured;

	private final MailComposer composer;

	MailDispatcher(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			ObjectProvider<JavaMailSender> configuredSender, TandemProperties properties) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		this.configuredSender = configuredSender;
		// Spring Boot makes a sender even for an empty host; only a real host counts
		this.configured = properties.mail().configured();
		this.composer = new MailComposer(properties.mail().from(), clock);
	}

	/**
	 * Whether an SMTP server is configured ({@code TANDEM_MAIL_HOST}); without one,
	 * messages stay pending in the outbox.
	 */
	public boolean mailConfigured() {
		return this.configured && this.configuredSender.getIfAvailable() != null;
	}

	/**
	 * Sends the due messages through the configured SMTP server, if there is one.
	 * @return how many were sent
	 */
	public int dispatchDueMessages() {
		JavaMailSender sender = this.configured ? this.configuredSender.getIfAvailable() : null;
		return (sender != null) ? dispatchDueMessages(sender) : 0;
	}

	/**
	 * Sends the due messages through {@code sender}, such as a test's own SMTP server.
	 * @return how many were sent
	 */
	public int dispatchDueMessages(JavaMailSender sender) {
		int sent = 0;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			Batch result = this.transaction.execute((status) -> dispatchBatch(sender));
			sent += result.sent();
			if (result.claimed() < BATCH_SIZE) {
				break;
			}
		}
		return sent;
	}

	private Batch dispatchBatch(JavaMailSender sender) {
		Instant now = this.clock.instant();
		List<PendingMessage> due = this.jdbc.sql("""
				select id, recipient, subject, body_text, body_html, ics, ics_method, attempts
				from outbox_message
				where status = 'PENDING' and next_attempt_at <= :now
				order by next_attempt_at, id
				limit :limit
				for update skip locked
				""").param("now", Timestamp.from(now)).param("limit", BATCH_SIZE).query(PendingMessage.class).list();
		int sent = 0;
		for (PendingMessage message : due) {
			if (send(sender, message, now)) {
				sent++;
			}
		}
		return new Batch(due.size(), sent);
	}

	private boolean send(JavaMailSender sender, PendingMessage message, Instant now) {
		try {
			sender.send(this.composer.compose(sender, message));
		}
		catch (MailException | MessagingException | IllegalArgumentException ex) {
			failed(message, now, ex);
			return false;
		}
		this.jdbc.sql("""
				update outbox_message
				set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null
				where id = :id
				""").param("id", message.id()).param("now", Timestamp.from(now)).update();
		return true;
	}

	private void failed(PendingMessage message, Instant now, Exception ex) {
		int attempts = message.attempts() + 1;
		boolean givesUp = Backoff.givesUp(attempts);
		String error = describe(ex);
		this.jdbc.sql("""
				update outbox_message
				set attempts = :attempts, status = :status, next_attempt_at = :next, last_error = :error
				where id = :id
				""")
			.param("id", message.id())
			.param("attempts", attempts)
			.param("status", givesUp ? "FAILED" : "PENDING")
			.param("next", Timestamp.from(givesUp ? now : now.plus(Backoff.delayAfter(attempts))))
			.param("error", error)
			.update();
		log.warn("Sending outbox message {} failed (attempt {}{}): {}", message.id(), attempts,
				givesUp ? ", giving up" : "", error);
	}

	private static String describe(Exception ex) {
		StringBuilder text = new StringBuilder(ex.getClass().getSimpleName());
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause.getMessage() != null) {
				text.append(": ").append(cause.getMessage());
				break;
			}
		}
		String oneLine = text.toString().replaceAll("\\s+", " ");
		return oneLine.length() > 1000 ? oneLine.substring(0, 1000) : oneLine;
	}

	private record Batch(int claimed, int sent) {
	}

}
