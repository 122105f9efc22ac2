package org.tandem.notification;

import java.util.UUID;

import org.tandem.person.InvitationLetters;
import org.tandem.person.Person;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emails a new person their invitation link through the outbox, whatever their email
 * preferences: they have no account yet to choose any. The link is for the invitee alone,
 * so it goes nowhere else.
 */
@Component
class InvitationEmails implements InvitationLetters {

	static final String KEY_PREFIX = "invitation:";

	private final Outbox outbox;

	private final MailDispatcher dispatcher;

	InvitationEmails(Outbox outbox, MailDispatcher dispatcher) {
		this.outbox = outbox;
		this.dispatcher = dispatcher;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean send(Person invitee, String url) {
		if (!this.outbox.canSendTo(invitee)) {
			return false;
		}
		// each invitation is a new link, so each gets a key of its own
		this.outbox.enqueue(OutgoingMessage.text(KEY_PREFIX + invitee.id().value() + ":" + UUID.randomUUID(),
				invitee.email(), "You are invited to Tandem", body(invitee, url)));
		return this.dispatcher.mailConfigured();
	}

	private static String body(Person invitee, String url) {
		return "Hello " + Messenger.oneLine(invitee.name()) + ",\n\n"
				+ "You have been added to Tandem, where your organization runs its mentoring program. "
				+ "Choose your password with this link:\n\n" + url + "\n\n"
				+ "The link works once and for 14 days. If you did not expect this email, you can ignore it.\n\n"
				+ "Tandem\n";
	}

}
