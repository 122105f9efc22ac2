package org.tandem.agreement;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.tandem.pairing.AgreementStates;
import org.tandem.pairing.PairingId;

import org.springframework.stereotype.Component;

/**
 * Tells "My pairings" how far each pair's agreement is, from the status query that never
 * reads the text.
 */
@Component
class AgreementStatesAdapter implements AgreementStates {

	private final Agreements agreements;

	AgreementStatesAdapter(Agreements agreements) {
		this.agreements = agreements;
	}

	@Override
	public Map<PairingId, AgreementState> of(Collection<PairingId> pairings) {
		Map<PairingId, AgreementState> states = new HashMap<>();
		this.agreements.statusOf(pairings)
			.forEach((id, status) -> states.put(id,
					new AgreementState(status.recorded(), status.mentorAcknowledged(), status.menteeAcknowledged())));
		return states;
	}

}
