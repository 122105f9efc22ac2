package org.tandem.document;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A comment of one of the pair on a version of a document. The body is {@code null} when
 * its ciphertext is not authentic for this comment.
 */
public record DocumentComment(UUID id, DocumentId documentId, int version, UUID authorId, @Nullable String body,
		Instant createdAt) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "DocumentComment[id=" + this.id + ", documentId=" + this.documentId + ", version=" + this.version + "]";
	}

	public boolean writtenBy(UUID personId) {
		return this.authorId.equals(personId);
	}

}
