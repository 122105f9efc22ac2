package org.tandem.pairing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One of the viewer's pairings on "My pairings": the partner, the program, the cadence in
 * words and what to do next.
 *
 * @param role the viewer's role in it: "mentor" or "mentee"
 * @param nextStep what to do next, or {@code null} when the pairing is closed
 */
public record PairingCard(UUID pairingId, UUID partnerId, String partnerName, UUID programId, String programName,
		String role, String stateText, String stateClass, @Nullable String nextStep, boolean closed) {

	public String partnerRole() {
		return "mentor".equals(this.role) ? "mentee" : "mentor";
	}

}
