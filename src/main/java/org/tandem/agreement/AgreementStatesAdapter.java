package org.tandem.agreement;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

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
	public Supplier<Map<PairingId, AgreementState>> of(Collection<PairingId> pairings) {
		Supplier<Map<PairingId, AgreementStatus>> statuses = this.agreements.statusOf(pairings);
		return () -> {
			Map<PairingId, AgreementState> states = new HashMap<>();
			statuses.get()
				.forEach((id, status) -> states.put(id, new AgreementState(status.recorded(),
						status.mentorAcknowledged(), status.menteeAcknowledged())));
			return states;
		};
	}

}
