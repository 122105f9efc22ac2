package org.tandem.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.tandem.cadence.Absences;
import org.tandem.cadence.CadenceInput;
import org.tandem.cadence.CadenceRules;
import org.tandem.cadence.DateRange;
import org.tandem.program.Program;

import org.springframework.stereotype.Component;

/**
 * The pairings export, a read model over the pairing module's {@code pairing}, the person
 * module's {@code person} and the meeting module's {@code meeting} tables: who is paired
 * with whom, the pairing's dates and state, its cadence today and how many meetings it
 * held. The reason a pairing was closed is the pair's own words, stored only encrypted,
 * and there is no enumerated category of it to show: it is left out. Three queries
 * whatever the size of the program: the people of the active pairings, their absences
 * (for the cadence), the rows.
 */
@Component
class PairingTable implements ExportTable {

	private static final List<String> COLUMNS = List.of("id", "mentorName", "mentorEmail", "menteeName", "menteeEmail",
			"status", "startedOn", "closedOn", "cadenceState", "firstContactOn", "lastContactOn", "meetingsHeld");

	private final ExportQueries queries;

	private final Absences absences;

	private final Clock clock;

	PairingTable(ExportQueries queries, Absences absences, Clock clock) {
		this.queries = queries;
		this.absences = absences;
		this.clock = clock;
	}

	@Override
	public ExportKind kind() {
		return ExportKind.PAIRINGS;
	}

	@Override
	public List<String> columns() {
		return COLUMNS;
	}

	@Override
	public void rows(Export export, ExportSink sink) {
		LocalDate today = LocalDate.now(this.clock);
		Map<UUID, List<DateRange>> absent = absencesOfActivePairs(export, today);
		this.queries.jdbc().sql("""
				select p.id, mentor.name, mentor.email, mentee.name, mentee.email, p.status, p.started_on,
				    p.closed_on, p.first_contact_on, p.last_contact_on, coalesce(held.meetings, 0),
				    p.mentor_id, p.mentee_id
				from pairing p
				join person mentor on mentor.id = p.mentor_id
				join person mentee on mentee.id = p.mentee_id
				left join (
				    select m.pairing_id, count(*) as meetings
				    from meeting m
				    join pairing q on q.id = m.pairing_id
				    where q.program_id = :program and m.status = 'HELD'
				    group by m.pairing_id
				) held on held.pairing_id = p.id
				where p.program_id = :program
				order by p.started_on, p.id""").param("program", export.program().id().value()).query((rs) -> {
			sink.row(new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getObject(7, LocalDate.class), rs.getObject(8, LocalDate.class),
					cadenceState(rs, export.program(), absent, today), rs.getObject(9, LocalDate.class),
					rs.getObject(10, LocalDate.class), rs.getLong(11) });
		});
	}

	private static String cadenceState(ResultSet rs, Program program, Map<UUID, List<DateRange>> absent,
			LocalDate today) throws SQLException {
		List<DateRange> both = new ArrayList<>(absent.getOrDefault(rs.getObject(12, UUID.class), List.of()));
		both.addAll(absent.getOrDefault(rs.getObject(13, UUID.class), List.of()));
		CadenceInput input = new CadenceInput(rs.getObject(7, LocalDate.class), rs.getObject(10, LocalDate.class),
				program.firstContactDays(), program.cadenceMinDays(), program.cadenceMaxDays(), both,
				"CLOSED".equals(rs.getString(6)));
		return CadenceRules.evaluate(input, today).state().name();
	}

	/**
	 * The absences that can matter for the cadences of the program's active pairings, by
	 * person (closed pairings have no cadence to compute).
	 */
	private Map<UUID, List<DateRange>> absencesOfActivePairs(Export export, LocalDate today) {
		Set<UUID> people = new HashSet<>();
		LocalDate[] earliest = { today };
		this.queries.jdbc()
			.sql("""
					select mentor_id, mentee_id, coalesce(last_contact_on, started_on)
					from pairing
					where program_id = :program and status = 'ACTIVE'""")
			.param("program", export.program().id().value())
			.query((rs) -> {
				people.add(rs.getObject(1, UUID.class));
				people.add(rs.getObject(2, UUID.class));
				LocalDate anchor = rs.getObject(3, LocalDate.class);
				earliest[0] = anchor.isBefore(earliest[0]) ? anchor : earliest[0];
			});
		return this.absences.forCadenceByPerson(people, earliest[0], today);
	}

}
