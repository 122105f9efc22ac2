package org.tandem.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceState;

/**
 * The reminders a pairing can get, each at most once per window of its rhythm.
 */
enum ReminderKind {

	/** The mentor: a contact is due. */
	DUE,

	/** Both: the contact is overdue. */
	OVERDUE,

	/** The committee: the contact is overdue by more than two weeks. */
	COMMITTEE_OVERDUE,

	/** The committee: the first contact has not happened in time. */
	FIRST_CONTACT_LATE;

	static final int COMMITTEE_AFTER_DAYS = 14;

	/**
	 * The reminders the cadence calls for today, whether sent before or not. None while
	 * the pairing is paused: someone of the pair is away today, and neither they nor the
	 * committee should hear that the pair is late meanwhile.
	 */
	static List<ReminderKind> dueFor(Cadence cadence, LocalDate today) {
		List<ReminderKind> kinds = new ArrayList<>();
		if (cadence.state() == CadenceState.PAUSED) {
			return kinds;
		}
		if (cadence.state() == CadenceState.DUE) {
			kinds.add(DUE);
		}
		if (cadence.state() == CadenceState.OVERDUE) {
			kinds.add(OVERDUE);
		}
		if (cadence.firstContactLate(today)) {
			kinds.add(FIRST_CONTACT_LATE);
		}
		else if (cadence.lastContactOn() != null && cadence.daysLate(today) > COMMITTEE_AFTER_DAYS) {
			kinds.add(COMMITTEE_OVERDUE);
		}
		return kinds;
	}

}
