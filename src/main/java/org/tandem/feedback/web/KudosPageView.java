package org.tandem.feedback.web;

import java.util.List;
import java.util.UUID;

import org.tandem.feedback.Kudos;
import org.tandem.pairing.PairingId;
import org.tandem.shared.web.Pager;

/**
 * What the kudos page shows: the pair's kudos and who the partner is.
 */
public record KudosPageView(PairingId pairingId, boolean closed, UUID viewerId, String partnerName, List<Kudos> kudos,
		long total, Pager pager) {

	public String href() {
		return "/pairings/" + this.pairingId + "/kudos";
	}

	public String authorOf(Kudos kudos) {
		return kudos.writtenBy(this.viewerId) ? "You to " + this.partnerName : this.partnerName + " to you";
	}

}
