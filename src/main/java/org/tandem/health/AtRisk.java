package org.tandem.health;

import java.util.List;
import java.util.stream.Collectors;

import org.tandem.pairing.PairingId;

/**
 * A pair on the at-risk list: who they are and why, names and states only.
 *
 * @param risks at least one, most urgent first
 */
public record AtRisk(PairingId pairingId, String mentorName, String menteeName, List<Risk> risks) {

	public AtRisk {
		risks = List.copyOf(risks);
	}

	/** The states in one line, for an email. */
	public String states() {
		return this.risks.stream().map(Risk::state).collect(Collectors.joining("; "));
	}

}
