package org.tandem.pairing;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Whether each pairing's agreement is written and acknowledged, for "My pairings".
 * Implemented by the agreement feature, so that pairings do not depend on agreements
 * (agreements depend on pairings).
 */
public interface AgreementStates {

	/**
	 * The state of each pairing's agreement; pairings without one may be left out. Checks
	 * no access.
	 */
	Supplier<Map<PairingId, AgreementState>> of(Collection<PairingId> pairings);

	/**
	 * How far the pair's agreement is, without any of its text.
	 */
	record AgreementState(boolean recorded, boolean mentorAcknowledged, boolean menteeAcknowledged) {

		public static final AgreementState NONE = new AgreementState(false, false, false);

	}

}
