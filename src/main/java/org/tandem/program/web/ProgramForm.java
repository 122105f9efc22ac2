package org.tandem.program.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.tandem.program.Program;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The program form: the settings of a program as typed. The rules that relate the
 * settings (the end not before the start, the ranges of the days) are the program's, the
 * same for the API and the page.
 */
public record ProgramForm(@NotBlank(message = "must not be blank") @Nullable String name, @Nullable String description,
		@NotNull(message = "must not be blank") @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate startsOn,
		@NotNull(message = "must not be blank") @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate endsOn,
		@NotNull(message = "must not be blank") @Nullable Integer cadenceMinDays,
		@NotNull(message = "must not be blank") @Nullable Integer cadenceMaxDays,
		@NotNull(message = "must not be blank") @Nullable Integer firstContactDays, @Nullable Boolean enrollmentOpen) {

	public boolean open() {
		return this.enrollmentOpen != null && this.enrollmentOpen;
	}

	static ProgramForm empty() {
		return new ProgramForm(null, null, null, null, Program.DEFAULT_CADENCE_MIN_DAYS,
				Program.DEFAULT_CADENCE_MAX_DAYS, Program.DEFAULT_FIRST_CONTACT_DAYS, false);
	}

	static ProgramForm of(Program program) {
		return new ProgramForm(program.name(), program.description(), program.startsOn(), program.endsOn(),
				program.cadenceMinDays(), program.cadenceMaxDays(), program.firstContactDays(),
				program.enrollmentOpen());
	}

	/**
	 * The settings of a form that passed its validation; the program checks their rules.
	 */
	Program.Settings settings() {
		return new Program.Settings(this.name, this.description, this.startsOn, this.endsOn, this.cadenceMinDays,
				this.cadenceMaxDays, this.firstContactDays, open());
	}

}
