package org.tandem.document;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;

/**
 * A document of a pair with its latest version. Only the mentor and the mentee ever get
 * one. The title is {@code null} when its stored ciphertext is not authentic for this
 * document, so nothing is shown rather than someone else's text.
 *
 * @param versions how many versions it has (the latest's number)
 * @param comments how many comments it has, on all versions
 */
public record Document(DocumentId id, PairingId pairingId, @Nullable String title, DocumentVersion latest, int versions,
		long comments, Instant createdAt, Instant updatedAt) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "Document[id=" + this.id + ", pairingId=" + this.pairingId + ", versions=" + this.versions + "]";
	}

	/** The title to show: a withheld title reads as a neutral name. */
	public String displayTitle() {
		return (this.title != null) ? this.title : "Untitled document";
	}

}
