package org.tandem.document.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.document.Document;

/**
 * A document as the pair gets it, with its latest version: {@code version} is that
 * version's number, {@code contentType} and {@code size} are its own. The title is
 * {@code null} when the stored text is not authentic for this document.
 */
record DocumentJson(UUID id, @Nullable String title, String contentType, long size, int version, int versions,
		long comments, Instant createdAt, Instant updatedAt) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "DocumentJson[id=" + this.id + ", version=" + this.version + "]";
	}

	static DocumentJson of(Document document) {
		return new DocumentJson(document.id().value(), document.title(), document.latest().type().mediaType(),
				document.latest().size(), document.latest().number(), document.versions(), document.comments(),
				document.createdAt(), document.updatedAt());
	}

}
