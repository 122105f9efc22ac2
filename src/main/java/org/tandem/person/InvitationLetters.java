package org.tandem.person;

/**
 * Sends a new person their invitation link. Implemented by the notification feature
 * (through the email outbox), so that people do not depend on notifications.
 */
public interface InvitationLetters {

	/**
	 * Queues the invitation email in the caller's transaction.
	 * @param invitee the person invited
	 * @param url the one-time link with which they choose a password; a secret for them
	 * alone
	 * @return whether the email leaves Tandem (an SMTP server is configured); otherwise
	 * it waits in the outbox, which only administrators read
	 */
	boolean send(Person invitee, String url);

}
