package org.tandem.notification;

import java.util.List;

import org.tandem.concern.ConcernRaised;
import org.tandem.concern.ConcernRematched;
import org.tandem.notification.Messenger.Message;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the program's committee that a concern waits for them, and, after a no-fault
 * rematch, reminds them to pair the mentee again. Only the committee hears of concerns:
 * never the other member of the pairing, and no message carries what a concern or its
 * outcome says.
 */
@Component
class ConcernMessages {

	private final Messenger messenger;

	private final Programs programs;

	private final People people;

	ConcernMessages(Messenger messenger, Programs programs, People people) {
		this.messenger = messenger;
		this.programs = programs;
		this.people = people;
	}

	@ApplicationModuleListener
	void on(ConcernRaised event) {
		Program program = this.programs.find(event.programId()).orElse(null);
		if (program == null) {
			return;
		}
		String path = "/concerns/" + event.concernId();
		for (Person member : committee(program)) {
			this.messenger.tell(member,
					new Message("A concern was raised in " + program.name() + ".", path,
							"concern-raised:" + event.concernId() + ":" + member.id().value(),
							"A concern in " + program.name() + " waits for the committee",
							"A participant of " + program.name() + " raised a concern with the committee. "
									+ "Please read it in Tandem and acknowledge it."));
		}
	}

	@ApplicationModuleListener
	void on(ConcernRematched event) {
		Program program = this.programs.find(event.programId()).orElse(null);
		Person mentee = this.people.find(new PersonId(event.menteeId())).orElse(null);
		if (program == null || mentee == null) {
			return;
		}
		String path = "/programs/" + program.id() + "/matching";
		for (Person member : committee(program)) {
			this.messenger.tell(member, new Message(
					mentee.name() + " waits for a new mentor in " + program.name() + ".", path,
					"concern-rematch:" + event.concernId() + ":" + member.id().value(),
					"Please pair " + mentee.name() + " again",
					"The pairing of " + mentee.name() + " in " + program.name() + " has ended without fault, and "
							+ mentee.name() + " is free to be paired again. Please pair them by hand or in the next "
							+ "matching run."));
		}
	}

	private List<Person> committee(Program program) {
		List<Participant> members = this.programs.activeParticipants(program.id(), Role.COMMITTEE,
				ReminderSweep.MAX_COMMITTEE);
		return this.people.findAll(members.stream().map(Participant::personId).toList());
	}

}
