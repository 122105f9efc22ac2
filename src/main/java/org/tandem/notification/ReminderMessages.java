package org.tandem.notification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.Cadence;
import org.tandem.notification.Messenger.Message;
import org.tandem.pairing.Pairing;
import org.tandem.person.Person;
import org.tandem.program.Program;

/**
 * The words of each reminder. Only names, dates and the program: nothing the pair wrote.
 *
 * @param window the day the current rhythm is counted from, part of every email key
 */
record ReminderMessages(Pairing pairing, Program program, Person mentor, Person mentee, Cadence cadence,
		LocalDate today, LocalDate window) {

	String path() {
		return "/pairings/" + this.pairing.id().value();
	}

	Message due(Person to) {
		String by = dayOrSoon(this.cadence.overdueOn());
		return message(to, ReminderKind.DUE,
				"Time to get in touch with " + this.mentee.name() + " again, by " + by + ".",
				"Time for a contact with " + this.mentee.name(), "It is time for your next contact with "
						+ this.mentee.name() + " in " + this.program.name() + ". Please get in touch by " + by + ".");
	}

	Message overdue(Person to) {
		Person partner = to.id().equals(this.mentor.id()) ? this.mentee : this.mentor;
		return message(to, ReminderKind.OVERDUE,
				"Your contact with " + partner.name() + " is overdue. A short message helps.",
				"Your contact with " + partner.name() + " is overdue",
				"Your next contact with " + partner.name() + " in " + this.program.name() + " was due by "
						+ dayOrSoon(this.cadence.overdueOn()) + ". Whoever of you is first, a short message "
						+ "to find a date is all it takes.");
	}

	Message committeeOverdue(Person to) {
		long late = this.cadence.daysLate(this.today);
		return message(to, ReminderKind.COMMITTEE_OVERDUE,
				pair() + " in " + this.program.name() + " are " + late + " days overdue for a contact.",
				"Pairing overdue: " + pair(),
				pair() + " in " + this.program.name() + " have been overdue for a contact for " + late
						+ " days. You may want to check in with them.");
	}

	Message firstContactLate(Person to) {
		String due = dayOrSoon(this.cadence.overdueOn());
		return message(to, ReminderKind.FIRST_CONTACT_LATE,
				pair() + " in " + this.program.name() + " have not had their first contact (due " + due + ").",
				"First contact late: " + pair(),
				pair() + " in " + this.program.name() + " have not recorded a first contact yet; it was due " + due
						+ ". You may want to check in with them.");
	}

	private String pair() {
		return this.mentor.name() + " and " + this.mentee.name();
	}

	private Message message(Person to, ReminderKind kind, String inApp, String subject, String body) {
		String key = "reminder:" + this.pairing.id().value() + ":" + kind + ":" + this.window + ":" + to.id().value();
		return new Message(inApp, path(), key, subject, body);
	}

	private static String dayOrSoon(@Nullable LocalDate day) {
		return (day != null) ? Messenger.day(day) : "soon";
	}

}
