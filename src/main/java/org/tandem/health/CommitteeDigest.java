package org.tandem.health;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.notification.Notices;
import org.tandem.notification.Notices.Notice;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.program.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly committee digest: to each active committee member of every program whose
 * term is running, the program's at-risk list (names and states, nothing a pair wrote),
 * in-app and by email as each member chose. Keyed per program, ISO week and member, so a
 * second run in the same week tells no one twice. A program with no pair at risk sends
 * nothing.
 */
@Component
class CommitteeDigest {

	static final int MAX_COMMITTEE = 100;

	/** The most pairs one digest lists; the health page shows the rest. */
	static final int MAX_LISTED = 50;

	private static final Logger log = LoggerFactory.getLogger(CommitteeDigest.class);

	private final HealthQueries queries;

	private final HealthReports reports;

	private final Programs programs;

	private final People people;

	private final Notices notices;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CommitteeDigest(HealthQueries queries, HealthReports reports, Programs programs, People people, Notices notices,
			PlatformTransactionManager transactions, Clock clock) {
		this.queries = queries;
		this.reports = reports;
		this.programs = programs;
		this.people = people;
		this.notices = notices;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * @return how many programs sent their digest
	 */
	int sendAll() {
		LocalDate today = LocalDate.now(this.clock);
		int sent = 0;
		for (UUID id : this.queries.programsRunningOn(today)) {
			try {
				Boolean done = this.transaction.execute((status) -> send(new ProgramId(id), today));
				sent += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (RuntimeException ex) {
				log.warn("The committee digest of program {} failed; next week's goes out as usual", id, ex);
			}
		}
		return sent;
	}

	private boolean send(ProgramId id, LocalDate today) {
		Program program = this.programs.find(id).orElse(null);
		if (program == null) {
			return false;
		}
		List<AtRisk> atRisk = this.reports.atRisk(program);
		if (atRisk.isEmpty()) {
			return false;
		}
		List<Participant> members = this.programs.activeParticipants(id, Role.COMMITTEE, MAX_COMMITTEE);
		String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		for (Person member : this.people.findAll(members.stream().map(Participant::personId).toList())) {
			this.notices.tell(member, notice(program, atRisk, member, week));
		}
		return true;
	}

	static Notice notice(Program program, List<AtRisk> atRisk, Person member, String week) {
		StringBuilder body = new StringBuilder();
		body.append(atRisk.size() == 1 ? "One pair" : atRisk.size() + " pairs")
			.append(" of ")
			.append(program.name())
			.append(atRisk.size() == 1 ? " needs" : " need")
			.append(" the committee's attention this week:\n\n");
		atRisk.stream()
			.limit(MAX_LISTED)
			.forEach((row) -> body.append("- ")
				.append(row.mentorName())
				.append(" and ")
				.append(row.menteeName())
				.append(": ")
				.append(row.states())
				.append('\n'));
		if (atRisk.size() > MAX_LISTED) {
			body.append("- and ").append(atRisk.size() - MAX_LISTED).append(" more on the health page\n");
		}
		body.append("\nThe health page says what to do for each, and nudges a pair in one click.");
		String path = "/programs/" + program.id() + "/health";
		return new Notice(
				(atRisk.size() == 1 ? "One pair" : atRisk.size() + " pairs") + " of " + program.name()
						+ " at risk this week.",
				path, "health-digest:" + program.id() + ":" + week + ":" + member.id().value(),
				"Pairs at risk in " + program.name() + " this week", body.toString());
	}

}
