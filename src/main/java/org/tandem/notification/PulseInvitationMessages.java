package org.tandem.notification;

import java.util.List;

import org.tandem.meeting.MeetingHeld;
import org.tandem.notification.Messenger.Message;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a scheduled meeting is marked held, asks each of the pair how useful it was, in
 * the app and by email as each chose (at once, in the weekly digest or not at all). The
 * message names the day only: never the place, agenda or notes of the meeting.
 */
@Component
class PulseInvitationMessages {

	private final Messenger messenger;

	private final Pairings pairings;

	private final People people;

	PulseInvitationMessages(Messenger messenger, Pairings pairings, People people) {
		this.messenger = messenger;
		this.pairings = pairings;
		this.people = people;
	}

	@ApplicationModuleListener
	void on(MeetingHeld event) {
		Pairing pairing = this.pairings.find(event.pairingId()).orElse(null);
		if (pairing == null || pairing.closed()) {
			// a closed pairing takes no more feedback
			return;
		}
		String path = "/pairings/" + event.pairingId() + "/meetings/" + event.meetingId() + "/pulse";
		String day = Messenger.day(event.heldOn());
		for (Person person : this.people.findAll(List.of(pairing.mentorId(), pairing.menteeId()))) {
			this.messenger.tell(person,
					new Message("How useful was your meeting of " + day + "? One click tells us.", path,
							"pulse-invitation:" + event.meetingId() + ":" + person.id().value(),
							"How useful was your meeting?",
							"Your meeting of " + day + " is marked as held. How useful was it for you?\n\n"
									+ "Choose a number from 1 to 5 and, if you like, add a word about it. "
									+ "Only the two of you read what you write; the program's committee sees only an "
									+ "average over many meetings."));
		}
	}

}
