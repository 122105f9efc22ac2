package org.tandem.pairing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.RequestMemo;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see a pairing: its mentor and mentee, the program's committee and
 * administrators. To anyone else it does not exist.
 * <p>
 * The question is asked on every request, in one statement (the pairing with whether the
 * caller sits on its program's committee), and answered once per GET request however many
 * sections of a page ask it ({@link RequestMemo}).
 */
@Component
public class PairingAccess {

	/**
	 * The pairing and whether the caller is an active committee member of its program:
	 * explicit SQL over the program feature's participant table, the same rule as
	 * {@link Programs#isManagedBy}.
	 */
	private static final String VIEWING = "select " + PairingRows.COLUMNS + """
			,
			  exists (select 1 from participant c where c.program_id = p.program_id and c.person_id = :me
			    and c.role = 'COMMITTEE' and c.status = 'ACTIVE') as committee
			from pairing p where p.id = :id
			""";

	private final PairingRepository pairings;

	private final Programs programs;

	private final JdbcClient jdbc;

	PairingAccess(PairingRepository pairings, Programs programs, JdbcClient jdbc) {
		this.pairings = pairings;
		this.programs = programs;
		this.jdbc = jdbc;
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
		List<Viewing> found = this.jdbc.sql(VIEWING)
			.param("id", id.value())
			.param("me", me.personId())
			.query((rs, row) -> viewing(rs, me))
			.list();
		if (found.isEmpty()) {
			return null;
		}
		Viewing viewing = found.get(0);
		RequestMemo.put(List.of(Pairing.class, id), Optional.of(viewing.pairing()));
		return (viewing.member() || viewing.manages()) ? viewing : null;
	}

	private static Viewing viewing(ResultSet rs, TandemPrincipal me) throws SQLException {
		Pairing pairing = PairingRows.pairing(rs);
		boolean member = pairing.hasMember(me.personId());
		return new Viewing(pairing, member, me.admin() || rs.getBoolean("committee"));
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
