package org.tandem.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.feedback.FeedbackDue;
import org.tandem.feedback.PendingEvaluation;
import org.tandem.notification.Messenger.Message;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Visits every active pairing and reminds each member who has not answered an evaluation
 * that is due (at the middle and towards the end of the program's term), once per pairing
 * and kind: table {@code reminder_sent} remembers it under the kind
 * {@code EVALUATION_MID} or {@code EVALUATION_END} and the day it fell due, written in
 * the same transaction as the messages. Each person gets it as they chose to hear from
 * Tandem; no answer is ever in it.
 */
@Component
class EvaluationReminderSweep {

	private static final Logger log = LoggerFactory.getLogger(EvaluationReminderSweep.class);

	private final Pairings pairings;

	private final FeedbackDue due;

	private final Programs programs;

	private final People people;

	private final Messenger messenger;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	EvaluationReminderSweep(Pairings pairings, FeedbackDue due, Programs programs, People people, Messenger messenger,
			JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.pairings = pairings;
		this.due = due;
		this.programs = programs;
		this.people = people;
		this.messenger = messenger;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * @return how many reminders were sent (each to one or both of a pair)
	 */
	int sweep() {
		int sent = 0;
		LocalDate today = LocalDate.now(this.clock);
		for (long offset = 0;; offset += ReminderSweep.PAGE_SIZE) {
			List<Pairing> page = this.pairings.activePage(ReminderSweep.PAGE_SIZE, offset);
			for (PendingEvaluation pending : this.due.pending(page, today)) {
				sent += remindSafely(pending);
			}
			if (page.size() < ReminderSweep.PAGE_SIZE) {
				return sent;
			}
		}
	}

	private int remindSafely(PendingEvaluation pending) {
		try {
			Integer sent = this.transaction.execute((status) -> remind(pending));
			return (sent != null) ? sent : 0;
		}
		catch (RuntimeException ex) {
			// one pairing's trouble must not keep the others from their reminders
			log.warn("Evaluation reminder for pairing {} failed; the next sweep tries again",
					pending.pairing().id().value(), ex);
			return 0;
		}
	}

	private int remind(PendingEvaluation pending) {
		Optional<Program> program = this.programs.find(pending.pairing().programId());
		if (program.isEmpty() || !claim(pending)) {
			return 0;
		}
		String path = "/pairings/" + pending.pairing().id() + "/evaluations/" + pending.kind().name();
		String what = pending.kind().label().toLowerCase();
		for (Person person : this.people.findAll(pending.people())) {
			this.messenger.tell(person, new Message(
					"Your " + what + " of " + program.get().name() + " is ready for you.", path,
					"evaluation-due:"
							+ pending.kind().name() + ":" + pending.pairing().id().value() + ":" + person.id().value(),
					"Your " + what + " is ready",
					"It is time for the " + what + " of your partnership in " + program.get().name() + ".\n\n"
							+ "A few questions on a scale of 1 to 5 and, if you wish, a few words. Your words are "
							+ "read by the two of you only; the committee sees numbers gathered from five "
							+ "responses or more, never yours alone."));
		}
		return 1;
	}

	/** Records the reminder; {@code false} if it was recorded before. */
	private boolean claim(PendingEvaluation pending) {
		return this.jdbc.sql("""
				insert into reminder_sent (pairing_id, kind, window_key, sent_at)
				values (:pairing, :kind, :window, :now)
				on conflict do nothing
				""")
			.param("pairing", pending.pairing().id().value())
			.param("kind", "EVALUATION_" + pending.kind().name())
			.param("window", pending.dueOn())
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

}
