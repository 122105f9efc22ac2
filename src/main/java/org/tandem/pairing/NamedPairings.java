package org.tandem.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceRules;
import org.tandem.program.Program;
import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.database.SqlLiterals;

import org.springframework.stereotype.Component;

/**
 * A program's pairings for the committee's overview, each with both people's names and
 * its cadence today, in one statement: the names and the absences that can matter for
 * each cadence (those ending on or after the earlier of its anchor and today, as
 * {@code Absences.forCadence} reads them) are read with the pairings. Explicit SQL over
 * the person and absence tables, names and dates only.
 */
@Component
public class NamedPairings {

	private static final String IN_PROGRAM = """
			select %s, mentor.name as mentor_name, mentee.name as mentee_name, ab.absent_from, ab.absent_to
			from pairing p left join person mentor on mentor.id = p.mentor_id
			  left join person mentee on mentee.id = p.mentee_id
			%swhere p.program_id = %%s
			order by p.status = 'ACTIVE' desc, p.started_on desc, p.id limit :limit
			""".formatted(PairingRows.COLUMNS, PairingCadence.ABSENCES);

	private final PipelinedReads reads;

	private final PairingCadence cadence;

	NamedPairings(PipelinedReads reads, PairingCadence cadence) {
		this.reads = reads;
		this.cadence = cadence;
	}

	/**
	 * The program's pairings, active ones first, then the latest started, at most
	 * {@code limit}; checks no access. The read waits to travel with the request's other
	 * reads ({@link PipelinedReads}) and is sent by the first {@code get()} of any of
	 * them.
	 */
	public Supplier<List<NamedPairing>> inProgram(Program program, int limit) {
		LocalDate today = this.cadence.today();
		// the program's id in the text: planned once per program, not on every call
		// (SqlLiterals)
		return this.reads.list(IN_PROGRAM.formatted(SqlLiterals.uuid(program.id().value())),
				Map.of("today", today, "limit", limit), (rs, row) -> {
					Pairing pairing = PairingRows.pairing(rs);
					return new NamedPairing(pairing, nonNull(rs.getString("mentor_name")),
							nonNull(rs.getString("mentee_name")), this.cadence.evaluate(pairing, program,
									CadenceRules.merge(PairingCadence.absences(rs)), today));
				});
	}

	private static String nonNull(@Nullable String text) {
		return (text == null) ? "" : text;
	}

	/**
	 * A pairing with both people's names ({@code ""} for a person no longer found) and
	 * its cadence today.
	 */
	public record NamedPairing(Pairing pairing, String mentorName, String menteeName, Cadence cadence) {

	}

}
