package org.tandem.pairing;

import java.time.LocalDate;
import java.util.Map;

import org.tandem.program.ProgramRows;
import org.tandem.program.Programs;
import org.tandem.shared.database.PageWithTotal;
import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * A page of the caller's pairings as mentor or mentee in one statement, with their total,
 * their programs and the absences for their cadences, which a GET request remembers: the
 * cards and the API then show them without asking again.
 */
@Component
class MyPairings {

	private static final String PAGE = "select " + PairingRows.COLUMNS + ", " + ProgramRows.COLUMNS + """
			, ab.absent_from, ab.absent_to, count(*) over () as total
			from pairing p join program pr on pr.id = p.program_id
			""" + PairingCadence.ABSENCES + """
			where p.mentor_id = :person or p.mentee_id = :person
			order by p.status = 'ACTIVE' desc, p.started_on desc, p.id limit :limit offset :offset
			""";

	private final PipelinedReads reads;

	private final Programs programs;

	private final PairingCadence cadence;

	private final PairingRepository pairings;

	MyPairings(PipelinedReads reads, Programs programs, PairingCadence cadence, PairingRepository pairings) {
		this.reads = reads;
		this.programs = programs;
		this.cadence = cadence;
		this.pairings = pairings;
	}

	/**
	 * Active first, then the newest.
	 */
	PageResponse<Pairing> page(TandemPrincipal me, Paging paging) {
		LocalDate today = this.cadence.today();
		return PageWithTotal
			.read(this.reads, PAGE, Map.of("person", me.personId(), "today", today), paging, (rs, row) -> {
				Pairing pairing = PairingRows.pairing(rs);
				this.programs.remember(ProgramRows.program(rs));
				this.cadence.remember(pairing, today, rs);
				return pairing;
			}, () -> this.pairings.countOfPerson(me.personId()))
			.get();
	}

}
