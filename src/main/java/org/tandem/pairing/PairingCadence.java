package org.tandem.pairing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceInput;
import org.tandem.cadence.CadenceRules;
import org.tandem.cadence.DateRange;
import org.tandem.program.Program;

import org.springframework.stereotype.Component;

/**
 * A pairing's cadence today, from its program's settings and its contacts.
 */
@Component
class PairingCadence {

	private final Clock clock;

	PairingCadence(Clock clock) {
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	Cadence of(Pairing pairing, Program program) {
		return CadenceRules.evaluate(input(pairing, program), today());
	}

	private static CadenceInput input(Pairing pairing, Program program) {
		// absences: wired by the lead when the absence feature lands
		List<DateRange> absences = List.of();
		return new CadenceInput(pairing.startedOn(), pairing.lastContactOn(), program.firstContactDays(),
				program.cadenceMinDays(), program.cadenceMaxDays(), absences, pairing.closed());
	}

}
