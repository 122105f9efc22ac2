package org.tandem.notification;

/**
 * How often a person wants email from Tandem. In-app notifications appear whatever the
 * choice.
 */
public enum EmailFrequency {

	/** Each email as soon as it is due (the default). */
	IMMEDIATE,

	/**
	 * Chosen for a weekly digest. Until the digest exists, these emails are sent as they
	 * come, like {@link #IMMEDIATE}.
	 */
	WEEKLY,

	/** No email at all. */
	NEVER

}
