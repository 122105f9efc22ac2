package org.tandem.pairing.web;

import java.util.UUID;

/**
 * The page that closes a pairing: whose it is, and whether it is closed already.
 *
 * @param subject what is closed, in words ("your pairing with Ann")
 */
public record ClosePage(UUID pairingId, String subject, boolean closed) {

	public String path() {
		return "/pairings/" + this.pairingId;
	}

}
