package org.tandem.document.web;

import java.util.List;
import java.util.UUID;

import org.tandem.document.Document;
import org.tandem.shared.web.Pager;

/**
 * The documents page of a pairing as one of the pair sees it.
 */
public record DocumentsPageView(UUID pairingId, boolean closed, List<Document> documents, long total, Pager pager) {

	public String documentsHref() {
		return "/pairings/" + this.pairingId + "/documents";
	}

}
