package org.tandem.concern;

import java.time.LocalDate;

import org.tandem.pairing.PairingId;

/**
 * What a member of a pair sees as the program's term ends.
 *
 * @param termEndsOn the last day of the program's term
 * @param termEnded whether that day has come
 * @param active whether the pairing is still active
 * @param raiseConcernHref where the member raises a concern about the pairing
 */
public record ClosingPrompt(PairingId pairingId, LocalDate termEndsOn, boolean termEnded, boolean active,
		String raiseConcernHref) {

	/** Whether to invite the member to the end evaluation and kudos now. */
	public boolean invite() {
		return this.termEnded && this.active;
	}

	/** The end-of-term evaluation of the pairing. */
	public String evaluationHref() {
		return "/pairings/" + this.pairingId + "/evaluations/END";
	}

	/** Where the member leaves kudos for their partner. */
	public String kudosHref() {
		return "/pairings/" + this.pairingId + "/kudos";
	}

}
