package org.tandem.notification;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.EmailAddress;

/**
 * An email to send. No note text or agenda belongs in any email.
 *
 * @param key deterministic and unique per message (such as
 * {@code reminder:<pairing>:<kind>:<window>}): enqueueing the same key again does nothing
 * @param recipient one email address
 * @param subject one line
 * @param bodyText the plain-text body, always present
 * @param bodyHtml an optional HTML alternative
 * @param ics the text of an optional {@code .ics} attachment
 * @param icsMethod its iTIP method ({@code REQUEST}, {@code CANCEL}), set exactly when
 * {@code ics} is
 */
public record OutgoingMessage(String key, String recipient, String subject, String bodyText, @Nullable String bodyHtml,
		@Nullable String ics, @Nullable String icsMethod) {

	private static final Pattern METHOD = Pattern.compile("[A-Z]{1,16}");

	public OutgoingMessage {
		require(!key.isBlank() && key.length() <= 400, "key must be 1 to 400 characters");
		require(EmailAddress.isValid(recipient), "recipient must be one email address");
		require(!subject.isBlank() && subject.length() <= 400 && subject.chars().noneMatch(Character::isISOControl),
				"subject must be one line of 1 to 400 characters");
		require((ics == null) == (icsMethod == null), "ics and icsMethod go together");
		require(icsMethod == null || METHOD.matcher(icsMethod).matches(), "icsMethod must be an iTIP method");
	}

	/**
	 * A plain-text email.
	 */
	public static OutgoingMessage text(String key, String recipient, String subject, String bodyText) {
		return new OutgoingMessage(key, recipient, subject, bodyText, null, null, null);
	}

	public OutgoingMessage withHtml(String html) {
		return new OutgoingMessage(this.key, this.recipient, this.subject, this.bodyText, html, this.ics,
				this.icsMethod);
	}

	/**
	 * The same email with a calendar attachment, such as an invitation
	 * ({@code METHOD:REQUEST}) or a cancellation ({@code METHOD:CANCEL}).
	 */
	public OutgoingMessage withCalendar(String ics, String method) {
		return new OutgoingMessage(this.key, this.recipient, this.subject, this.bodyText, this.bodyHtml, ics, method);
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalArgumentException(message);
		}
	}

}
