package org.tandem.health;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tandem.notification.Notices;
import org.tandem.notification.Notices.Notice;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's one-click nudge: a short "we are checking in" message to both members
 * of an active pair, in-app and by email as each chose, at most once per pairing and day
 * (table {@code pairing_nudge}). The message says nothing of why: not the cadence, and
 * never that a concern is open, since the other party of a concern is not told.
 */
@Service
public class Nudges {

	private final Pairings pairings;

	private final Programs programs;

	private final People people;

	private final Notices notices;

	private final JdbcClient jdbc;

	private final Clock clock;

	Nudges(Pairings pairings, Programs programs, People people, Notices notices, JdbcClient jdbc, Clock clock) {
		this.pairings = pairings;
		this.programs = programs;
		this.people = people;
		this.notices = notices;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Nudges the pair, unless it was nudged today already.
	 * @throws NotFoundException if there is no such pairing or the caller may not see its
	 * program
	 * @throws ForbiddenException if they see the program but do not manage it
	 * @throws ConflictException if the pairing is closed
	 */
	@Transactional
	public Outcome nudge(PairingId id, TandemPrincipal me) {
		Pairing pairing = this.pairings.find(id).orElseThrow(() -> new NotFoundException("No such pairing."));
		Program program = this.programs.managedBy(pairing.programId(), me);
		if (pairing.closed()) {
			throw new ConflictException("This pairing has ended: there is no one to nudge.");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (!claim(pairing, today, me)) {
			return new Outcome(program.id(), false);
		}
		Map<UUID, Person> people = this.people.findAll(List.of(pairing.mentorId(), pairing.menteeId()))
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Function.identity()));
		Person mentor = people.get(pairing.mentorId());
		Person mentee = people.get(pairing.menteeId());
		if (mentor != null && mentee != null) {
			this.notices.tell(mentor, notice(pairing, program, mentor, mentee, today));
			this.notices.tell(mentee, notice(pairing, program, mentee, mentor, today));
		}
		return new Outcome(program.id(), true);
	}

	private boolean claim(Pairing pairing, LocalDate today, TandemPrincipal me) {
		return this.jdbc.sql("""
				insert into pairing_nudge (pairing_id, nudged_on, nudged_by, created_at)
				values (:pairing, :today, :by, :now)
				on conflict do nothing""")
			.param("pairing", pairing.id().value())
			.param("today", today)
			.param("by", me.personId())
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	static Notice notice(Pairing pairing, Program program, Person person, Person partner, LocalDate today) {
		return new Notice(
				"The committee of " + program.name() + " is checking in on your mentoring with " + partner.name() + ".",
				"/pairings/" + pairing.id(), "nudge:" + pairing.id() + ":" + today + ":" + person.id().value(),
				"The committee of " + program.name() + " is checking in",
				"The committee of " + program.name() + " is checking in on your mentoring with " + partner.name()
						+ ". How are things going? If it has been a while, this is a good moment to get in touch "
						+ "and plan your next meeting; a walk or a lunch is enough.\n\n"
						+ "If something stands in the way, the committee is glad to help: you can raise it with them "
						+ "in confidence from your pairing's page.");
	}

	/**
	 * What became of a nudge.
	 *
	 * @param programId the pairing's program, whose health page the committee came from
	 * @param sent {@code false} if the pair had been nudged today already
	 */
	public record Outcome(ProgramId programId, boolean sent) {

	}

}
