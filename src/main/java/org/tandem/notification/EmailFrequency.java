package org.tandem.notification;

/**
 * How often a person wants email from Tandem. In-app notifications appear whatever the
 * choice.
 */
public enum EmailFrequency {

	/** Each email as soon as it is due (the default). */
	IMMEDIATE,

	/** One email a week that gathers the week's news. */
	WEEKLY,

	/** No email at all. */
	NEVER

}
