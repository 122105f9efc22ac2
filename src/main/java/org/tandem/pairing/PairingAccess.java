package org.tandem.pairing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.tandem.program.ProgramRows;
import org.tandem.program.Programs;
import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.RequestMemo;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who may see a pairing: its mentor and mentee, the program's committee and
 * administrators. To anyone else it does not exist.
 * <p>
 * The question is asked on every request, in one statement (the pairing with whether the
 * caller sits on its program's committee), and answered once per GET request however many
 * sections of a page ask it ({@link RequestMemo}). The same statement brings what every
 * view of a pairing needs next, its program and the absences for its cadence; a GET
 * request remembers them once the caller is let in.
 */
@Component
public class PairingAccess {

	/**
	 * The pairing and whether the caller is an active committee member of its program:
	 * explicit SQL over the program feature's participant table, the same rule as
	 * {@link Programs#isManagedBy}; with the program ({@link ProgramRows}) and the
	 * absences of both people ({@link PairingCadence#ABSENCES}).
	 */
	private static final String VIEWING = "select " + PairingRows.COLUMNS + ", " + ProgramRows.COLUMNS + """
			,
			  exists (select 1 from participant c where c.program_id = p.program_id and c.person_id = :me
			    and c.role = 'COMMITTEE' and c.status = 'ACTIVE') as committee,
			  ab.absent_from, ab.absent_to
			from pairing p join program pr on pr.id = p.program_id
			""" + PairingCadence.ABSENCES + "where p.id = :id";

	private final PairingRepository pairings;

	private final Programs programs;

	private final PairingCadence cadence;

	private final PipelinedReads reads;

	PairingAccess(PairingRepository pairings, Programs programs, PairingCadence cadence, PipelinedReads reads) {
		this.pairings = pairings;
		this.programs = programs;
		this.cadence = cadence;
		this.reads = reads;
	}

	/**
	 * The pairing, whoever asks; checks no access. Loaded once per GET request.
	 */
	Optional<Pairing> find(PairingId id) {
		return RequestMemo.get(List.of(Pairing.class, id), () -> this.pairings.findById(id.value()));
	}

	/**
	 * @throws NotFoundException if the pairing does not exist or the caller may not see
	 * it
	 */
	public Viewing visible(PairingId id, TandemPrincipal me) {
		Viewing viewing = RequestMemo.get(List.of(Viewing.class, id, me.personId(), me.admin()), () -> load(id, me));
		if (viewing == null) {
			throw notFound();
		}
		return viewing;
	}

	private @Nullable Viewing load(PairingId id, TandemPrincipal me) {
		LocalDate today = this.cadence.today();
		List<Viewing> found = this.reads
			.list(VIEWING, Map.of("id", id.value(), "me", me.personId(), "today", today),
					(rs, row) -> viewing(rs, me, today))
			.get();
		if (found.isEmpty()) {
			return null;
		}
		Viewing viewing = found.get(0);
		RequestMemo.put(List.of(Pairing.class, id), Optional.of(viewing.pairing()));
		return (viewing.member() || viewing.manages()) ? viewing : null;
	}

	/**
	 * The row as a viewing; for one the caller may see, its program and absences are
	 * remembered for the request.
	 */
	private Viewing viewing(ResultSet rs, TandemPrincipal me, LocalDate today) throws SQLException {
		Pairing pairing = PairingRows.pairing(rs);
		boolean member = pairing.hasMember(me.personId());
		Viewing viewing = new Viewing(pairing, member, me.admin() || rs.getBoolean("committee"));
		if (viewing.member() || viewing.manages()) {
			this.programs.remember(ProgramRows.program(rs));
			this.cadence.remember(pairing, today, rs);
		}
		return viewing;
	}

	/**
	 * As {@link #visible}, with the pairing's row locked until the transaction ends.
	 * Never remembered: the caller is about to change the pairing.
	 */
	Viewing visibleForUpdate(PairingId id, TandemPrincipal me) {
		Pairing pairing = this.pairings.lockById(id.value()).orElseThrow(PairingAccess::notFound);
		boolean member = pairing.hasMember(me.personId());
		boolean manages = this.programs.isManagedBy(pairing.programId(), me);
		if (!member && !manages) {
			throw notFound();
		}
		return new Viewing(pairing, member, manages);
	}

	static NotFoundException notFound() {
		return new NotFoundException("No such pairing.");
	}

	/**
	 * A pairing and how the caller is related to it.
	 *
	 * @param member whether the caller is its mentor or mentee
	 * @param manages whether the caller is on the program's committee or an administrator
	 */
	public record Viewing(Pairing pairing, boolean member, boolean manages) {

	}

}
