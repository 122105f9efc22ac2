package org.tandem.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.notification.Messenger.Message;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingClosings;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.scheduling.ClusterScheduler;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Once a program's term has reached its last day, asks each member of every pairing still
 * active to close it well: to complete the end evaluation and to leave kudos for their
 * partner. Runs with the reminders' interval, once per tick across the cluster;
 * {@code reminder_sent} remembers the invitation per pairing and term, written in the
 * same transaction as the messages, so it goes out once.
 */
@Component
class TermEndSweep implements SchedulingConfigurer {

	static final String JOB = "term-end-sweep";

	static final String KIND = "TERM_END";

	private static final Logger log = LoggerFactory.getLogger(TermEndSweep.class);

	private final Pairings pairings;

	private final PairingClosings closings;

	private final Programs programs;

	private final People people;

	private final Messenger messenger;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final ClusterScheduler scheduler;

	private final Duration interval;

	private final Clock clock;

	private final String baseUrl;

	TermEndSweep(Pairings pairings, PairingClosings closings, Programs programs, People people, Messenger messenger,
			JdbcClient jdbc, PlatformTransactionManager transactions, ClusterScheduler scheduler,
			TandemProperties properties, Clock clock) {
		this.pairings = pairings;
		this.closings = closings;
		this.programs = programs;
		this.people = people;
		this.messenger = messenger;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.scheduler = scheduler;
		this.interval = properties.reminders().interval();
		this.clock = clock;
		this.baseUrl = properties.baseUrl();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar tasks) {
		this.scheduler.every(tasks, this.interval, JOB, this.interval, this::sweep);
	}

	/**
	 * @return how many pairings were invited to close
	 */
	int sweep() {
		int invited = 0;
		for (long offset = 0;; offset += ReminderSweep.PAGE_SIZE) {
			List<Pairing> page = this.pairings.activePage(ReminderSweep.PAGE_SIZE, offset);
			Map<ProgramId, Program> programs = this.programs
				.findAll(page.stream().map(Pairing::programId).collect(Collectors.toSet()))
				.stream()
				.collect(Collectors.toMap(Program::id, Function.identity()));
			for (Pairing pairing : page) {
				Program program = programs.get(pairing.programId());
				if (program != null && this.closings.termEnded(program)) {
					invited += inviteSafely(pairing, program);
				}
			}
			if (page.size() < ReminderSweep.PAGE_SIZE) {
				return invited;
			}
		}
	}

	private int inviteSafely(Pairing pairing, Program program) {
		try {
			Boolean sent = this.transaction.execute((status) -> invite(pairing, program));
			return Boolean.TRUE.equals(sent) ? 1 : 0;
		}
		catch (RuntimeException ex) {
			log.warn("The term-end invitation of pairing {} failed; the next sweep tries again", pairing.id().value(),
					ex);
			return 0;
		}
	}

	private boolean invite(Pairing pairing, Program program) {
		Optional<Person> mentor = this.people.find(new PersonId(pairing.mentorId()));
		Optional<Person> mentee = this.people.find(new PersonId(pairing.menteeId()));
		if (mentor.isEmpty() || mentee.isEmpty() || !claim(pairing, program)) {
			return false;
		}
		this.messenger.tell(mentor.get(), message(pairing, program, mentor.get(), mentee.get()));
		this.messenger.tell(mentee.get(), message(pairing, program, mentee.get(), mentor.get()));
		return true;
	}

	private boolean claim(Pairing pairing, Program program) {
		return this.jdbc.sql("""
				insert into reminder_sent (pairing_id, kind, window_key, sent_at)
				values (:pairing, :kind, :window, :now)
				on conflict do nothing
				""")
			.param("pairing", pairing.id().value())
			.param("kind", KIND)
			.param("window", program.endsOn())
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	Message message(Pairing pairing, Program program, Person person, Person partner) {
		String base = "/pairings/" + pairing.id();
		return new Message(
				"The term of " + program.name() + " has ended: please complete the end evaluation of your "
						+ "mentoring with " + partner.name() + ".",
				base + "/evaluations/END", "term-end:" + pairing.id() + ":" + person.id().value(),
				"Closing your mentoring with " + partner.name(),
				"The term of " + program.name() + " ended on " + Messenger.day(program.endsOn()) + ".\n\n"
						+ "Before your pairing with " + partner.name() + " closes, please take a few minutes to "
						+ "complete the end evaluation (the link below), and leave " + partner.name()
						+ " kudos for what you did together: " + this.baseUrl + base + "/kudos" + "\n\n"
						+ "Thank you for taking part.");
	}

}
