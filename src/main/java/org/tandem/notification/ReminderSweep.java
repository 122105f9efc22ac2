package org.tandem.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.cadence.Cadence;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Visits every active pairing and sends the reminders its cadence calls for: the mentor
 * when a contact is due, both when it is overdue, the committee when it is more than two
 * weeks overdue or the first contact is late. Table {@code reminder_sent} remembers each
 * reminder per pairing, kind and window (the day the rhythm counts from), and its row is
 * written in the same transaction as the messages, so that a reminder goes out once
 * however often and on however many nodes the sweep runs.
 */
@Component
class ReminderSweep {

	static final int PAGE_SIZE = 200;

	/**
	 * More committee members than a program has; a bound, not a rule.
	 */
	static final int MAX_COMMITTEE = 50;

	private static final Logger log = LoggerFactory.getLogger(ReminderSweep.class);

	private final Pairings pairings;

	private final Programs programs;

	private final People people;

	private final Messenger messenger;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ReminderSweep(Pairings pairings, Programs programs, People people, Messenger messenger, JdbcClient jdbc,
			PlatformTransactionManager transactions, Clock clock) {
		this.pairings = pairings;
		this.programs = programs;
		this.people = people;
		this.messenger = messenger;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * @return how many reminders were sent (each to one or more people)
	 */
	int sweep() {
		int sent = 0;
		for (long offset = 0;; offset += PAGE_SIZE) {
			List<Pairing> page = this.pairings.activePage(PAGE_SIZE, offset);
			Map<PairingId, Cadence> cadences = this.pairings.cadencesOf(page);
			LocalDate today = LocalDate.now(this.clock);
			for (Pairing pairing : page) {
				sent += remindSafely(pairing, cadences.get(pairing.id()), today);
			}
			if (page.size() < PAGE_SIZE) {
				return sent;
			}
		}
	}

	private int remindSafely(Pairing pairing, @Nullable Cadence cadence, LocalDate today) {
		if (cadence == null) {
			return 0;
		}
		List<ReminderKind> kinds = ReminderKind.dueFor(cadence, today);
		if (kinds.isEmpty()) {
			return 0;
		}
		try {
			Integer sent = this.transaction.execute((status) -> remind(pairing, cadence, today, kinds));
			return (sent != null) ? sent : 0;
		}
		catch (RuntimeException ex) {
			// one pairing's trouble must not keep the others from their reminders
			log.warn("Reminders for pairing {} failed; the next sweep tries again", pairing.id().value(), ex);
			return 0;
		}
	}

	private int remind(Pairing pairing, Cadence cadence, LocalDate today, List<ReminderKind> kinds) {
		LocalDate window = (pairing.lastContactOn() != null) ? pairing.lastContactOn() : pairing.startedOn();
		Optional<Program> program = this.programs.find(pairing.programId());
		Optional<Person> mentor = this.people.find(new PersonId(pairing.mentorId()));
		Optional<Person> mentee = this.people.find(new PersonId(pairing.menteeId()));
		if (program.isEmpty() || mentor.isEmpty() || mentee.isEmpty()) {
			return 0;
		}
		ReminderMessages messages = new ReminderMessages(pairing, program.get(), mentor.get(), mentee.get(), cadence,
				today, window);
		int sent = 0;
		for (ReminderKind kind : kinds) {
			if (claim(pairing, kind, window)) {
				send(kind, messages);
				sent++;
			}
		}
		return sent;
	}

	/**
	 * Records the reminder; {@code false} if it was recorded before.
	 */
	private boolean claim(Pairing pairing, ReminderKind kind, LocalDate window) {
		return this.jdbc.sql("""
				insert into reminder_sent (pairing_id, kind, window_key, sent_at)
				values (:pairing, :kind, :window, :now)
				on conflict do nothing
				""")
			.param("pairing", pairing.id().value())
			.param("kind", kind.name())
			.param("window", window)
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	private void send(ReminderKind kind, ReminderMessages messages) {
		switch (kind) {
			case DUE -> this.messenger.tell(messages.mentor(), messages.due(messages.mentor()));
			case OVERDUE -> {
				this.messenger.tell(messages.mentor(), messages.overdue(messages.mentor()));
				this.messenger.tell(messages.mentee(), messages.overdue(messages.mentee()));
			}
			case COMMITTEE_OVERDUE ->
				committee(messages).forEach((member) -> this.messenger.tell(member, messages.committeeOverdue(member)));
			case FIRST_CONTACT_LATE ->
				committee(messages).forEach((member) -> this.messenger.tell(member, messages.firstContactLate(member)));
		}
	}

	private List<Person> committee(ReminderMessages messages) {
		List<Participant> members = this.programs.activeParticipants(messages.program().id(), Role.COMMITTEE,
				MAX_COMMITTEE);
		return this.people.findAll(members.stream().map(Participant::personId).toList());
	}

}
