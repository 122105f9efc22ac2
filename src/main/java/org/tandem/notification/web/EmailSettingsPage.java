package org.tandem.notification.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.notification.EmailFrequency;

/**
 * The page {@code /settings/email}: the person's current choice and an error for what
 * they sent, if any.
 */
public record EmailSettingsPage(EmailFrequency chosen, @Nullable String error) {

	public List<EmailFrequency> choices() {
		return List.of(EmailFrequency.values());
	}

}
