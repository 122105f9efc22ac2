package org.tandem.notification;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One outbox message in full, for an administrator: the text body, and of the optional
 * parts only whether they are there.
 */
public record OutboxMessageView(UUID id, String messageKey, String recipient, String subject, String status,
		int attempts, Instant createdAt, Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String lastError,
		String bodyText, boolean hasHtml, @Nullable String icsMethod) {

	/**
	 * The view with the body hidden when it carries a secret that is not the reader's: an
	 * invitation link once email really leaves Tandem belongs to the invitee alone.
	 */
	public OutboxMessageView forReader(boolean mailConfigured) {
		if (!mailConfigured || !this.messageKey.startsWith(InvitationEmails.KEY_PREFIX)) {
			return this;
		}
		return new OutboxMessageView(this.id, this.messageKey, this.recipient, this.subject, this.status, this.attempts,
				this.createdAt, this.nextAttemptAt, this.sentAt, this.lastError,
				"(Not shown: this invitation was emailed, and its link is for the invitee alone.)", this.hasHtml,
				this.icsMethod);
	}

	/**
	 * The status in lower case, as a page's style names it ({@code status-sent}).
	 */
	public String statusStyle() {
		return this.status.toLowerCase(Locale.ROOT);
	}

	public String messageIdHeader() {
		return "<" + this.id + "@tandem>";
	}

}
