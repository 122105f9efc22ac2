package org.tandem.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The page {@code /settings/email}: the person's current choice (or the invalid value
 * they sent) and an error for it, if any.
 */
public record EmailSettingsPage(String chosen, @Nullable String error) {

	public List<EmailFrequency> choices() {
		return List.of(EmailFrequency.values());
	}

	public String label(EmailFrequency frequency) {
		return switch (frequency) {
			case IMMEDIATE -> "Right away";
			case WEEKLY -> "Once a week";
			case NEVER -> "Never";
		};
	}

	public String hint(EmailFrequency frequency) {
		return switch (frequency) {
			case IMMEDIATE -> "Each email as soon as there is news, such as a new partner or a reminder.";
			case WEEKLY -> "One email a week with all the news of the week.";
			case NEVER -> "No email from Tandem. You still see everything under Notifications.";
		};
	}

}
