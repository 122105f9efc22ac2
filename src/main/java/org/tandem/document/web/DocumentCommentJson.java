package org.tandem.document.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.document.DocumentComment;

/**
 * A comment on a version of a document. The body is {@code null} when the stored text is
 * not authentic for this comment.
 */
record DocumentCommentJson(UUID id, UUID documentId, int version, UUID authorId, @Nullable String body,
		Instant createdAt) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "DocumentCommentJson[id=" + this.id + ", version=" + this.version + "]";
	}

	static DocumentCommentJson of(DocumentComment comment) {
		return new DocumentCommentJson(comment.id(), comment.documentId().value(), comment.version(),
				comment.authorId(), comment.body(), comment.createdAt());
	}

	/**
	 * The body of {@code POST /documents/{id}/comments}: {@code version} defaults to the
	 * latest.
	 */
	record Input(@Nullable String body, @Nullable Integer version) {

		@Override
		public String toString() {
			// keeps the confidential text out of logs
			return "DocumentCommentJson.Input[version=" + this.version + "]";
		}

	}

}
