package org.tandem.notification;

import org.tandem.message.MessageSent;
import org.tandem.message.Messages;
import org.tandem.notification.Messenger.Message;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When one of a pair sends the other a message, tells the recipient that a message from
 * their partner arrived, with a link to the conversation: in-app, and by email as they
 * chose (at once, in the weekly digest, or not at all). Never what the message says: the
 * event does not even carry it.
 * <p>
 * Not once per message: the recipient is told of the first message of a run of unread
 * ones in a pairing. While that one is unread, further messages of the pairing say
 * nothing more; once the recipient has read the conversation, the next message tells them
 * again. A message already read when this runs tells nothing either.
 */
@Component
class MessageNews {

	private final Messenger messenger;

	private final Messages messages;

	private final People people;

	MessageNews(Messenger messenger, Messages messages, People people) {
		this.messenger = messenger;
		this.messages = messages;
		this.people = people;
	}

	@ApplicationModuleListener
	void on(MessageSent event) {
		if (!this.messages.firstUnread(event.messageId())) {
			return;
		}
		Person author = this.people.find(new PersonId(event.authorId())).orElse(null);
		Person recipient = this.people.find(new PersonId(event.recipientId())).orElse(null);
		if (author == null || recipient == null) {
			// nobody to tell, or nobody to tell of
			return;
		}
		String path = "/pairings/" + event.pairingId().value() + "/messages";
		this.messenger.tell(recipient,
				new Message(author.name() + " sent you a message.", path,
						"message:" + event.messageId().value() + ":" + recipient.id().value(),
						"New message from " + author.name(),
						author.name() + " sent you a message in Tandem. To keep your conversation between the two "
								+ "of you, this email does not repeat it: read it and answer on your messages page."));
	}

}
