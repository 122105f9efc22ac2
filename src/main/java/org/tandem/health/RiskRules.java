package org.tandem.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceState;
import org.tandem.pairing.CadenceWords;
import org.tandem.program.Program;

/**
 * When an active pair is at risk, as pure functions of its facts, its cadence and the
 * day. A closed pairing never is. The reasons, most urgent first:
 * <ol>
 * <li>{@link RiskKind#OVERDUE}: the cadence is overdue;</li>
 * <li>{@link RiskKind#FIRST_CONTACT_LATE}: no contact yet and the first-contact deadline
 * has passed ({@link Cadence#firstContactLate});</li>
 * <li>{@link RiskKind#OPEN_CONCERN}: a concern about the pairing is not closed;</li>
 * <li>{@link RiskKind#AGREEMENT_PENDING}: a month or more after the start, the agreement
 * is not recorded or not acknowledged by both;</li>
 * <li>{@link RiskKind#NO_MEETING}: the pairing is older than the program's longest gap
 * ({@code cadenceMaxDays}) and no meeting was held in that many days up to today, even if
 * other contacts keep the cadence on track; not while the rhythm is paused.</li>
 * </ol>
 */
final class RiskRules {

	private RiskRules() {
	}

	static List<Risk> of(PairingFacts pairing, Cadence cadence, Program program, LocalDate today) {
		List<Risk> risks = new ArrayList<>();
		if (!pairing.active()) {
			return risks;
		}
		if (cadence.state() == CadenceState.OVERDUE) {
			risks.add(new Risk(RiskKind.OVERDUE, "Contact overdue since " + CadenceWords.day(cadence.overdueOn()),
					"Nudge the pair, then ask the mentor how things are going."));
		}
		if (cadence.firstContactLate(today)) {
			risks.add(new Risk(RiskKind.FIRST_CONTACT_LATE,
					"No first contact yet, due by " + CadenceWords.day(CadenceWords.deadline(cadence)),
					"Nudge the pair, and remind the mentor to introduce themselves."));
		}
		if (pairing.openConcerns() > 0) {
			risks.add(new Risk(RiskKind.OPEN_CONCERN,
					(pairing.openConcerns() == 1) ? "A concern is open" : pairing.openConcerns() + " concerns are open",
					"Answer it on the program's concerns page (do not nudge about it: the partner is not told)."));
		}
		if (!pairing.startedOn().plusMonths(1).isAfter(today) && !pairing.agreementAcknowledged()) {
			risks.add(new Risk(RiskKind.AGREEMENT_PENDING, agreementState(pairing),
					"Nudge the pair to record their agreement and acknowledge it, both of them."));
		}
		LocalDate since = today.minusDays(program.cadenceMaxDays());
		boolean noMeeting = pairing.lastMeetingHeld() == null || pairing.lastMeetingHeld().isBefore(since);
		if (cadence.state() != CadenceState.PAUSED && pairing.startedOn().isBefore(since) && noMeeting) {
			risks.add(new Risk(RiskKind.NO_MEETING, "No meeting held in the last " + program.cadenceMaxDays() + " days",
					"Nudge the pair and suggest a meeting: a walk or a lunch is enough."));
		}
		return risks;
	}

	private static String agreementState(PairingFacts pairing) {
		if (!pairing.agreementRecorded()) {
			return "No agreement recorded a month after the start";
		}
		if (!pairing.mentorAcknowledged() && !pairing.menteeAcknowledged()) {
			return "Agreement acknowledged by neither, a month after the start";
		}
		return "Agreement not yet acknowledged by the " + (pairing.mentorAcknowledged() ? "mentee" : "mentor");
	}

}
