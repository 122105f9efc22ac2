package org.tandem.notification;

import org.tandem.notification.Messenger.Message;
import org.tandem.person.Person;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells one person one thing for a feature that decides itself when to speak (the
 * committee's nudges and health digest): in-app, and by email as the person chose, in the
 * caller's transaction. The texts are the caller's and must never carry a pair's
 * confidential words.
 */
@Component
public class Notices {

	private final Messenger messenger;

	Notices(Messenger messenger) {
		this.messenger = messenger;
	}

	/**
	 * Notifies the person and queues the email (at once, in the weekly digest or not at
	 * all, as they chose); the same key twice tells them once.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void tell(Person person, Notice notice) {
		this.messenger.tell(person,
				new Message(notice.inApp(), notice.path(), notice.key(), notice.subject(), notice.body()));
	}

	/**
	 * What to tell.
	 *
	 * @param inApp the notification's text
	 * @param path the page it is about
	 * @param key the email's deterministic outbox key, unique per person and occasion
	 * @param subject the email's subject
	 * @param body the email's text between the greeting and the link
	 */
	public record Notice(String inApp, String path, String key, String subject, String body) {

	}

}
