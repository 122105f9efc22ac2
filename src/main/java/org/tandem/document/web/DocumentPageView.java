package org.tandem.document.web;

import java.util.UUID;

import org.tandem.document.Document;
import org.tandem.document.DocumentComment;
import org.tandem.document.Documents.DocumentDetail;

/**
 * A document's page: its versions with their comments, as one of the pair sees it.
 */
public record DocumentPageView(DocumentDetail detail, UUID viewerId, String partnerName) {

	public Document document() {
		return this.detail.document();
	}

	public String href() {
		return "/documents/" + document().id();
	}

	public String documentsHref() {
		return "/pairings/" + document().pairingId() + "/documents";
	}

	public String downloadHref(int version) {
		return href() + "/download?version=" + version;
	}

	public String author(DocumentComment comment) {
		return comment.writtenBy(this.viewerId) ? "You" : this.partnerName;
	}

	public String uploader(UUID personId) {
		return personId.equals(this.viewerId) ? "you" : this.partnerName;
	}

}
