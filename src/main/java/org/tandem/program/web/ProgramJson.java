package org.tandem.program.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tandem.program.Program;

/**
 * A program as the JSON API shows it.
 */
record ProgramJson(String id, String name, @Nullable String description, LocalDate startsOn, LocalDate endsOn,
		int cadenceMinDays, int cadenceMaxDays, int firstContactDays, boolean enrollmentOpen) {

	static ProgramJson of(Program program) {
		return new ProgramJson(program.id().toString(), program.name(), program.description(), program.startsOn(),
				program.endsOn(), program.cadenceMinDays(), program.cadenceMaxDays(), program.firstContactDays(),
				program.enrollmentOpen());
	}

}
