package org.tandem.notification.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.notification.EmailFrequency;

/**
 * The page {@code /settings/email}: the person's current choice (or the invalid value
 * they sent) and an error for it, if any.
 */
public record EmailSettingsPage(String chosen, @Nullable String error) {

	public List<EmailFrequency> choices() {
		return List.of(EmailFrequency.values());
	}

}
