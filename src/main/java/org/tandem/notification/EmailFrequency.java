package org.tandem.notification;

/**
 * How often a person wants email from Tandem. In-app notifications appear whatever the
 * choice.
 */
public enum EmailFrequency {

	/** Each email as soon as it is due (the default). */
	IMMEDIATE("Right away", "Each email as soon as there is news, such as a new partner or a reminder."),

	/** One email a week that gathers the week's news. */
	WEEKLY("Once a week", "One email a week with all the news of the week."),

	/** No email at all. */
	NEVER("Never", "No email from Tandem. You still see everything under Notifications.");

	private final String label;

	private final String hint;

	EmailFrequency(String label, String hint) {
		this.label = label;
		this.hint = hint;
	}

	public String label() {
		return this.label;
	}

	/**
	 * What the choice means, in a sentence for the settings page.
	 */
	public String hint() {
		return this.hint;
	}

}
