package org.tandem.notification;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tandem.notification.Messenger.Message;
import org.tandem.pairing.PairingStarted;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a pairing starts, tells the mentor and the mentee who their partner is, and asks
 * the mentor to make the first contact within the program's first-contact days.
 */
@Component
class PairingStartedMessages {

	private final Messenger messenger;

	private final People people;

	private final Programs programs;

	PairingStartedMessages(Messenger messenger, People people, Programs programs) {
		this.messenger = messenger;
		this.people = people;
		this.programs = programs;
	}

	@ApplicationModuleListener
	void on(PairingStarted event) {
		Map<UUID, Person> byId = this.people.findAll(List.of(event.mentorId(), event.menteeId()))
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Function.identity()));
		Person mentor = byId.get(event.mentorId());
		Person mentee = byId.get(event.menteeId());
		Program program = this.programs.find(event.programId()).orElse(null);
		if (mentor == null || mentee == null || program == null) {
			// nothing to tell about a pairing whose people or program are gone
			return;
		}
		String path = "/pairings/" + event.pairingId().value();
		String firstContactBy = Messenger.day(event.startedOn().plusDays(program.firstContactDays()));
		this.messenger.tell(mentor,
				new Message(
						"You are now the mentor of " + mentee.name() + " in " + program.name()
								+ ". Please get in touch by " + firstContactBy + ".",
						path, key(event, mentor), "You are now mentoring " + mentee.name(),
						"Good news: you are now the mentor of " + mentee.name() + " in " + program.name() + ".\n\n"
								+ "Could you make the first contact by " + firstContactBy + "? "
								+ "A short hello and a suggestion for a first meeting is plenty."));
		this.messenger.tell(mentee, new Message(
				"You are now paired with " + mentor.name() + " as your mentor in " + program.name() + ".", path,
				key(event, mentee), "Meet your mentor: " + mentor.name(),
				"Good news: " + mentor.name() + " is your mentor in " + program.name() + ".\n\n"
						+ "They will get in touch with you soon. You are of course welcome to say hello first."));
	}

	private static String key(PairingStarted event, Person person) {
		return "pairing-started:" + event.pairingId().value() + ":" + person.id().value();
	}

}
