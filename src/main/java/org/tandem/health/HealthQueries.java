package org.tandem.health;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.health.HealthFilter.Window;
import org.tandem.pairing.PairingId;
import org.tandem.program.ProgramId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read model of program health: one aggregate statement per figure over the tables of
 * pairings, people, agreements, meetings, goals, activities and concerns, whatever the
 * program's size. It selects metadata columns only (dates, states, formats, names and
 * departments) and never a ciphertext column. The meeting aggregates use the index
 * {@code meeting_pairing_held_idx} of V34.
 */
@Component
class HealthQueries {

	/** More pairings than a program has; the page reads them all at once. */
	static final int MAX_PAIRINGS = 20_000;

	/** A pairing in the window and, if one is given, in the department. */
	private static final String IN_SCOPE = """
			p.program_id = :program and p.started_on <= :to and (p.closed_on is null or p.closed_on >= :from)
			and (cast(:department as varchar) is null or exists (select 1 from person x
			    where x.id in (p.mentor_id, p.mentee_id) and x.department = cast(:department as varchar)))""";

	private final JdbcClient jdbc;

	HealthQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every pairing of the program, active or closed, with its people and states. */
	List<PairingFacts> pairings(ProgramId program) {
		return this.jdbc.sql("""
				select p.id, p.status, p.started_on, p.first_contact_on, p.last_contact_on, p.closed_on,
				    p.mentor_id, mr.name as mentor_name, mr.department as mentor_department,
				    p.mentee_id, me.name as mentee_name, me.department as mentee_department,
				    a.pairing_id is not null as agreement_recorded,
				    a.mentor_acknowledged_at is not null as mentor_acknowledged,
				    a.mentee_acknowledged_at is not null as mentee_acknowledged,
				    (select max(m.occurred_on) from meeting m
				        where m.pairing_id = p.id and m.status = 'HELD') as last_held,
				    (select count(*) from concern c
				        where c.pairing_id = p.id and c.status in ('OPEN', 'ACKNOWLEDGED')) as open_concerns
				from pairing p
				join person mr on mr.id = p.mentor_id
				join person me on me.id = p.mentee_id
				left join agreement a on a.pairing_id = p.id
				where p.program_id = :program
				order by p.started_on, p.id
				limit :limit""")
			.param("program", program.value())
			.param("limit", MAX_PAIRINGS)
			.query(HealthQueries::facts)
			.list();
	}

	/** Meetings held in the window by pairings of the scope, per month and format. */
	List<HeldCount> held(ProgramId program, Window window, @Nullable String department) {
		return this.jdbc.sql("""
				select to_char(m.occurred_on, 'YYYY-MM') as month, m.format, count(*) as held
				from pairing p join meeting m on m.pairing_id = p.id
				where m.status = 'HELD' and m.occurred_on between :from and :to and\s""" + IN_SCOPE + """

				group by 1, 2""")
			.param("program", program.value())
			.param("from", window.from())
			.param("to", window.to())
			.param("department", department)
			.query((rs, row) -> new HeldCount(rs.getString("month"), rs.getString("format"), rs.getLong("held")))
			.list();
	}

	/**
	 * Goals achieved and set, activities completed in the window and the concerns still
	 * open, of the pairings in the scope (a program-wide concern counts without a
	 * department filter).
	 */
	Completion completion(ProgramId program, Window window, @Nullable String department) {
		return this.jdbc
			.sql("""
					select
					  (select count(*) filter (where g.status = 'ACHIEVED') from goal g join pairing p on p.id = g.pairing_id
					      where\s"""
					+ IN_SCOPE + """
							) as goals_achieved,
							  (select count(*) from goal g join pairing p on p.id = g.pairing_id where\s""" + IN_SCOPE
					+ """
							) as goals_set,
							  (select count(*) from pair_activity a join pairing p on p.id = a.pairing_id
							      where a.done and (a.done_on is null or a.done_on between :from and :to) and\s"""
					+ IN_SCOPE + """
							) as activities_done,
							  (select count(*) from concern c left join pairing p on p.id = c.pairing_id
							      where c.program_id = :program and c.status in ('OPEN', 'ACKNOWLEDGED')
							      and ((c.pairing_id is null and cast(:department as varchar) is null)
							          or (c.pairing_id is not null and\s""" + IN_SCOPE + """
							))) as open_concerns""")
			.param("program", program.value())
			.param("from", window.from())
			.param("to", window.to())
			.param("department", department)
			.query((rs, row) -> new Completion(rs.getLong("goals_achieved"), rs.getLong("goals_set"),
					rs.getLong("activities_done"), rs.getLong("open_concerns")))
			.single();
	}

	/** The programs whose term includes the day, for the weekly digest. */
	List<UUID> programsRunningOn(LocalDate day) {
		return this.jdbc.sql("select id from program where starts_on <= :day and ends_on >= :day order by id")
			.param("day", day)
			.query(UUID.class)
			.list();
	}

	private static PairingFacts facts(ResultSet rs, int row) throws SQLException {
		return new PairingFacts(new PairingId(rs.getObject("id", UUID.class)), rs.getObject("mentor_id", UUID.class),
				rs.getString("mentor_name"), rs.getString("mentor_department"), rs.getObject("mentee_id", UUID.class),
				rs.getString("mentee_name"), rs.getString("mentee_department"), "ACTIVE".equals(rs.getString("status")),
				day(rs, "started_on"), day(rs, "first_contact_on"), day(rs, "last_contact_on"), day(rs, "closed_on"),
				rs.getBoolean("agreement_recorded"), rs.getBoolean("mentor_acknowledged"),
				rs.getBoolean("mentee_acknowledged"), day(rs, "last_held"), rs.getLong("open_concerns"));
	}

	private static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date == null) ? null : date.toLocalDate();
	}

	/** Meetings held in one month ({@code YYYY-MM}) in one format. */
	record HeldCount(String month, String format, long held) {

	}

	record Completion(long goalsAchieved, long goalsSet, long activitiesDone, long openConcerns) {

	}

}
