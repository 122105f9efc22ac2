package org.tandem.pairing;

import org.tandem.program.Programs;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who may see a pairing: its mentor and mentee, the program's committee and
 * administrators. To anyone else it does not exist.
 */
@Component
public class PairingAccess {

	private final PairingRepository pairings;

	private final Programs programs;

	PairingAccess(PairingRepository pairings, Programs programs) {
		this.pairings = pairings;
		this.programs = programs;
	}

	/**
	 * @throws NotFoundException if the pairing does not exist or the caller may not see
	 * it
	 */
	public Viewing visible(PairingId id, TandemPrincipal me) {
		return check(this.pairings.findById(id.value()).orElseThrow(PairingAccess::notFound), me);
	}

	/**
	 * As {@link #visible}, with the pairing's row locked until the transaction ends.
	 */
	Viewing visibleForUpdate(PairingId id, TandemPrincipal me) {
		return check(this.pairings.lockById(id.value()).orElseThrow(PairingAccess::notFound), me);
	}

	private Viewing check(Pairing pairing, TandemPrincipal me) {
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
