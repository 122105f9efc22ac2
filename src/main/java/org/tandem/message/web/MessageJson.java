package org.tandem.message.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.message.Message;
import org.tandem.shared.markdown.SafeHtml;

/**
 * A message as the pair gets it: the Markdown body and the same rendered as safe HTML
 * (both {@code null} when the stored text is not authentic for this message), and when
 * the recipient read it.
 */
record MessageJson(UUID id, UUID pairingId, UUID authorId, @Nullable String body, @Nullable String html,
		Instant createdAt, @Nullable Instant readAt) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "MessageJson[id=" + this.id + ", pairingId=" + this.pairingId + "]";
	}

	static MessageJson of(Message message) {
		SafeHtml html = message.html();
		return new MessageJson(message.id().value(), message.pairingId().value(), message.authorId(), message.body(),
				(html != null) ? html.markup() : null, message.createdAt(), message.readAt());
	}

	/**
	 * The body of {@code POST /pairings/{id}/messages}.
	 */
	record Input(@Nullable String body) {

		@Override
		public String toString() {
			// keeps the confidential text out of logs
			return "MessageJson.Input[]";
		}

	}

	/**
	 * The answer of {@code POST /pairings/{id}/messages/read}.
	 *
	 * @param marked how many of the caller's messages were unread and are read now
	 */
	record Marked(int marked) {

	}

}
