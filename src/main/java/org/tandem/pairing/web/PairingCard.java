package org.tandem.pairing.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One of the viewer's pairings on "My pairings": the partner, the program, the cadence in
 * words, what to do next, the next meeting and how far the agreement is.
 *
 * @param role the viewer's role in it: "mentor" or "mentee"
 * @param nextStep what to do next, or {@code null} when the pairing is closed
 * @param nextMeeting when and how the pair meets next, or {@code null} when nothing is
 * scheduled or the pairing is closed
 * @param agreementText the agreement's state in words, for this viewer
 * @param unread how many of the partner's messages the viewer has not read
 */
public record PairingCard(UUID pairingId, UUID partnerId, String partnerName, UUID programId, String programName,
		String role, String stateText, String stateClass, @Nullable String nextStep, boolean closed,
		@Nullable String nextMeeting, String agreementText, String agreementClass, long unread) {

	public String partnerRole() {
		return "mentor".equals(this.role) ? "mentee" : "mentor";
	}

}
