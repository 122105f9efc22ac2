package org.tandem.feedback;

import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * The one door to a pair's feedback: its mentor and mentee pass; to anyone else, the
 * program's committee and administrators included, the pairing does not exist.
 */
@Component
class PairMembership {

	private final Pairings pairings;

	PairMembership(Pairings pairings) {
		this.pairings = pairings;
	}

	/**
	 * @throws NotFoundException unless the caller is one of the pair
	 */
	Pairing member(PairingId id, TandemPrincipal me) {
		return this.pairings.find(id)
			.filter((pairing) -> pairing.hasMember(me.personId()))
			.orElseThrow(() -> new NotFoundException("No such pairing."));
	}

	/**
	 * The pairing, locked until the transaction ends, for a member writing to it.
	 * @throws NotFoundException unless the caller is one of the pair
	 * @throws org.tandem.shared.kernel.ConflictException if the pairing is closed
	 */
	Pairing writable(PairingId id, TandemPrincipal me, String closedMessage) {
		member(id, me);
		return this.pairings.lockActive(id, me, closedMessage);
	}

}
