package org.tandem.notification;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tandem.shared.TandemProperties;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dispatcher against a real SMTP server (GreenMail, started by each test on a free
 * port), with outbox rows in the real database. The shared application context has no
 * SMTP server, so these tests hand the dispatcher a sender of their own. Other tests'
 * pending messages may be sent too; assertions look only at this test's recipients.
 */
@IntegrationTest
class MailDispatcherTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	TandemProperties properties;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ObjectProvider<JavaMailSender> configuredSender;

	@Autowired
	Clock clock;

	@Test
	void withoutSmtpConfiguredNothingIsSentAndMessagesStayPending() {
		OutgoingMessage message = enqueue(OutboxTests.message());
		assertThat(this.dispatcher.mailConfigured()).isFalse();
		assertThat(this.dispatcher.dispatchDueMessages()).isZero();
		assertThat(row(message).status()).isEqualTo("PENDING");
		assertThat(row(message).attempts()).isZero();
	}

	@Test
	void sendsWithTheDeterministicMessageIdAndMarksSent() throws Exception {
		OutgoingMessage message = enqueue(OutboxTests.message());
		this.dispatcher.dispatchDueMessages(sender());
		List<MimeMessage> received = receivedBy(message.recipient());
		assertThat(received).hasSize(1);
		MimeMessage mail = received.get(0);
		Row row = row(message);
		assertThat(mail.getMessageID()).isEqualTo("<" + row.id() + "@tandem>");
		assertThat(mail.getSubject()).isEqualTo(message.subject());
		assertThat(GreenMailUtil.getBody(mail).replace("\r\n", "\n").strip()).isEqualTo(message.bodyText().strip());
		assertThat(addresses(mail.getFrom())).containsExactly("tandem@localhost");
		assertThat(row.status()).isEqualTo("SENT");
		assertThat(row.attempts()).isEqualTo(1);
		assertThat(row.sentAt()).isNotNull();
	}

	@Test
	void htmlAndACalendarInvitationTravelAsParts() throws Exception {
		String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tandem//Test//EN\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n";
		OutgoingMessage message = enqueue(
				OutboxTests.message().withHtml("<p>Hello <b>there</b></p>").withCalendar(ics, "REQUEST"));
		this.dispatcher.dispatchDueMessages(sender());
		MimeMessage mail = receivedBy(message.recipient()).get(0);
		String whole = GreenMailUtil.getWholeMessage(mail);
		assertThat(whole).contains("text/plain", "text/html", "<b>there</b>", "text/calendar", "method=REQUEST",
				"invite.ics");
		assertThat(mail.getMessageID()).isEqualTo("<" + row(message).id() + "@tandem>");
	}

	@Test
	void aFailingServerCountsTheAttemptAndBacksOff() throws Exception {
		OutgoingMessage message = enqueue(OutboxTests.message());
		Instant before = this.clock.instant();
		this.dispatcher.dispatchDueMessages(stoppedServer());
		Row failed = row(message);
		assertThat(failed.status()).isEqualTo("PENDING");
		assertThat(failed.attempts()).isEqualTo(1);
		assertThat(failed.nextAttemptAt()).isBetween(before.plus(Duration.ofMinutes(1)),
				this.clock.instant().plus(Duration.ofMinutes(1)));
		assertThat(failed.lastError()).isNotBlank().doesNotContain(message.bodyText());

		this.dispatcher.dispatchDueMessages(sender());
		assertThat(receivedBy(message.recipient())).as("not due before its next attempt").isEmpty();
		assertThat(row(message).attempts()).isEqualTo(1);
	}

	@Test
	void afterTenFailedAttemptsTheMessageIsFailedAndNotSentAgain() throws Exception {
		OutgoingMessage message = enqueue(OutboxTests.message());
		this.jdbc.sql("update outbox_message set attempts = 9 where message_key = :key")
			.param("key", message.key())
			.update();
		this.dispatcher.dispatchDueMessages(stoppedServer());
		assertThat(row(message).status()).isEqualTo("FAILED");
		assertThat(row(message).attempts()).isEqualTo(10);
		makeDue(message);
		this.dispatcher.dispatchDueMessages(sender());
		assertThat(receivedBy(message.recipient())).isEmpty();
	}

	@Test
	void aRetryAfterAFailureKeepsTheMessageId() throws Exception {
		OutgoingMessage message = enqueue(OutboxTests.message());
		this.dispatcher.dispatchDueMessages(stoppedServer());
		makeDue(message);
		this.dispatcher.dispatchDueMessages(sender());
		assertThat(receivedBy(message.recipient())).singleElement()
			.satisfies((mail) -> assertThat(mail.getMessageID()).isEqualTo("<" + row(message).id() + "@tandem>"));
		assertThat(row(message).status()).isEqualTo("SENT");
		assertThat(row(message).attempts()).isEqualTo(2);
	}

	@Test
	void aCrashAfterSendingSendsAtMostOnceMoreWithTheSameMessageId() throws Exception {
		OutgoingMessage message = enqueue(OutboxTests.message());
		JavaMailSenderImpl real = sender();
		JavaMailSender crashing = new DelegatingSender(real) {
			@Override
			public void send(MimeMessage mail) {
				super.send(mail);
				if (isFor(mail, message.recipient())) {
					throw new SimulatedCrash();
				}
			}
		};
		assertThatThrownBy(() -> this.dispatcher.dispatchDueMessages(crashing)).isInstanceOf(SimulatedCrash.class);
		assertThat(receivedBy(message.recipient())).hasSize(1);
		assertThat(row(message).status()).as("the claim was rolled back").isEqualTo("PENDING");

		this.dispatcher.dispatchDueMessages(real);
		this.dispatcher.dispatchDueMessages(real);
		List<MimeMessage> received = receivedBy(message.recipient());
		assertThat(received).hasSize(2);
		assertThat(received.get(0).getMessageID()).isEqualTo(received.get(1).getMessageID())
			.isEqualTo("<" + row(message).id() + "@tandem>");
		assertThat(row(message).status()).isEqualTo("SENT");
	}

	@Test
	void twoDispatchersAtOnceNeverSendAMessageTwice() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<OutgoingMessage> messages = new ArrayList<>();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			for (int i = 0; i < 3 * MailDispatcher.BATCH_SIZE; i++) {
				OutgoingMessage message = OutgoingMessage.text("test:concurrent:" + run + ":" + i,
						"concurrent-" + run + "-" + i + "@example.org", "Concurrent " + i, "Message " + i);
				this.outbox.enqueue(message);
				messages.add(message);
			}
		});
		MailDispatcher otherNode = new MailDispatcher(this.jdbc, this.transactions, this.clock, this.configuredSender,
				this.properties);
		JavaMailSenderImpl real = sender();
		AtomicInteger sentByFirst = new AtomicInteger();
		AtomicInteger sentBySecond = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		CyclicBarrier overlap = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = pool.submit(() -> {
				start.await();
				return this.dispatcher.dispatchDueMessages(overlapping(real, run, overlap, sentByFirst));
			});
			Future<Integer> second = pool.submit(() -> {
				start.await();
				return otherNode.dispatchDueMessages(overlapping(real, run, overlap, sentBySecond));
			});
			start.countDown();
			first.get(2, TimeUnit.MINUTES);
			second.get(2, TimeUnit.MINUTES);
		}
		finally {
			pool.shutdownNow();
		}
		List<String> recipients = Arrays.stream(smtp.getReceivedMessages())
			.flatMap((mail) -> recipientsOf(mail).stream())
			.filter((recipient) -> recipient.startsWith("concurrent-" + run + "-"))
			.toList();
		assertThat(recipients).hasSize(messages.size()).doesNotHaveDuplicates();
		assertThat(sentByFirst.get() + sentBySecond.get()).isEqualTo(messages.size());
		assertThat(sentByFirst).as("both dispatchers took part").hasPositiveValue();
		assertThat(sentBySecond).as("both dispatchers took part").hasPositiveValue();
		assertThat(
				this.jdbc.sql("select count(*) from outbox_message where message_key like :prefix and status = 'SENT'")
					.param("prefix", "test:concurrent:" + run + ":%")
					.query(Long.class)
					.single())
			.isEqualTo(messages.size());
	}

	private OutgoingMessage enqueue(OutgoingMessage message) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.outbox.enqueue(message));
		return message;
	}

	private void makeDue(OutgoingMessage message) {
		this.jdbc
			.sql("update outbox_message set next_attempt_at = now() - interval '1 second' where message_key = :key")
			.param("key", message.key())
			.update();
	}

	private static JavaMailSenderImpl sender() {
		return LocalSmtp.senderTo(smtp.getSmtp().getPort());
	}

	/**
	 * A sender whose server was started and stopped, so that its port refuses
	 * connections.
	 */
	private static JavaMailSenderImpl stoppedServer() {
		GreenMail down = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		down.start();
		int port = down.getSmtp().getPort();
		down.stop();
		return LocalSmtp.senderTo(port);
	}

	/**
	 * Sends this run's messages and counts them; the first of them waits until the other
	 * dispatcher is about to send one too, so that the two surely overlap.
	 */
	private static JavaMailSender overlapping(JavaMailSender real, String run, CyclicBarrier overlap,
			AtomicInteger count) {
		return new DelegatingSender(real) {
			@Override
			public void send(MimeMessage mail) {
				boolean ours = recipientsOf(mail).stream().anyMatch((r) -> r.startsWith("concurrent-" + run + "-"));
				if (ours && count.get() == 0) {
					meet(overlap);
				}
				super.send(mail);
				if (ours) {
					count.incrementAndGet();
				}
			}
		};
	}

	private static void meet(CyclicBarrier overlap) {
		try {
			overlap.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (BrokenBarrierException | TimeoutException ex) {
			throw new IllegalStateException("the other dispatcher never sent", ex);
		}
	}

	private static List<MimeMessage> receivedBy(String recipient) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((mail) -> isFor(mail, recipient)).toList();
	}

	private static boolean isFor(MimeMessage mail, String recipient) {
		return recipientsOf(mail).contains(recipient);
	}

	private static Set<String> recipientsOf(MimeMessage mail) {
		try {
			return Set.copyOf(addresses(mail.getAllRecipients()));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> addresses(Address[] addresses) {
		return (addresses == null) ? List.of()
				: Arrays.stream(addresses).map(Address::toString).collect(Collectors.toList());
	}

	private Row row(OutgoingMessage message) {
		return this.jdbc.sql("""
				select id, status, attempts, next_attempt_at, sent_at, last_error
				from outbox_message where message_key = :key
				""")
			.param("key", message.key())
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("status"), rs.getInt("attempts"),
					rs.getTimestamp("next_attempt_at").toInstant(), rs.getTimestamp("sent_at"),
					rs.getString("last_error")))
			.single();
	}

	record Row(UUID id, String status, int attempts, Instant nextAttemptAt, java.sql.Timestamp sentAt,
			String lastError) {
	}

	/**
	 * The JVM dying between a send and its mark: not an exception any code handles.
	 */
	static final class SimulatedCrash extends Error {

	}

	/**
	 * A sender that passes everything on, for tests to override one method.
	 */
	static class DelegatingSender implements JavaMailSender {

		private final JavaMailSender delegate;

		DelegatingSender(JavaMailSender delegate) {
			this.delegate = delegate;
		}

		@Override
		public MimeMessage createMimeMessage() {
			return this.delegate.createMimeMessage();
		}

		@Override
		public MimeMessage createMimeMessage(InputStream content) {
			return this.delegate.createMimeMessage(content);
		}

		@Override
		public void send(MimeMessage mimeMessage) {
			this.delegate.send(mimeMessage);
		}

		@Override
		public void send(MimeMessage... mimeMessages) {
			this.delegate.send(mimeMessages);
		}

		@Override
		public void send(MimeMessagePreparator mimeMessagePreparator) {
			this.delegate.send(mimeMessagePreparator);
		}

		@Override
		public void send(MimeMessagePreparator... mimeMessagePreparators) {
			this.delegate.send(mimeMessagePreparators);
		}

		@Override
		public void send(SimpleMailMessage simpleMessage) {
			this.delegate.send(simpleMessage);
		}

		@Override
		public void send(SimpleMailMessage... simpleMessages) {
			this.delegate.send(simpleMessages);
		}

	}

}
