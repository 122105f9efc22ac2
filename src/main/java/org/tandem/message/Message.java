package org.tandem.message;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;
import org.tandem.shared.markdown.Markdown;
import org.tandem.shared.markdown.SafeHtml;

/**
 * A message one of a pair sent the other, in Markdown. Only the two of them ever get one.
 * The body is {@code null} when its stored ciphertext is not authentic for this message
 * (it was copied in from elsewhere), so nothing is shown rather than someone else's text.
 *
 * @param readAt when the recipient first opened the conversation after it arrived, or
 * {@code null} while it is unread
 */
public record Message(MessageId id, PairingId pairingId, UUID authorId, UUID recipientId, @Nullable String body,
		Instant createdAt, @Nullable Instant readAt) {

	@Override
	public String toString() {
		// keeps the confidential text out of logs
		return "Message[id=" + this.id + ", pairingId=" + this.pairingId + "]";
	}

	/**
	 * The body rendered as safe HTML, {@code null} when the body is withheld.
	 */
	public @Nullable SafeHtml html() {
		return (this.body != null) ? Markdown.render(this.body) : null;
	}

	public boolean writtenBy(UUID personId) {
		return this.authorId.equals(personId);
	}

	public boolean read() {
		return this.readAt != null;
	}

	/**
	 * Whether the person is its recipient and has not read it yet.
	 */
	public boolean unreadBy(UUID personId) {
		return this.readAt == null && this.recipientId.equals(personId);
	}

}
