package org.tandem.program.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.program.Program;
import org.tandem.shared.kernel.InvalidInputException;

/**
 * The program form as typed: numbers and dates stay text, so a mistyped value is shown
 * back as it was entered, next to its message.
 */
public record ProgramForm(String name, String description, String startsOn, String endsOn, String cadenceMinDays,
		String cadenceMaxDays, String firstContactDays, Boolean enrollmentOpen) {

	/**
	 * Fields missing from the request (an unticked checkbox) arrive as null.
	 */
	public ProgramForm {
		name = orEmpty(name);
		description = orEmpty(description);
		startsOn = orEmpty(startsOn);
		endsOn = orEmpty(endsOn);
		cadenceMinDays = orEmpty(cadenceMinDays);
		cadenceMaxDays = orEmpty(cadenceMaxDays);
		firstContactDays = orEmpty(firstContactDays);
		enrollmentOpen = enrollmentOpen != null && enrollmentOpen;
	}

	public boolean open() {
		return this.enrollmentOpen;
	}

	static ProgramForm empty() {
		return new ProgramForm("", "", "", "", String.valueOf(Program.DEFAULT_CADENCE_MIN_DAYS),
				String.valueOf(Program.DEFAULT_CADENCE_MAX_DAYS), String.valueOf(Program.DEFAULT_FIRST_CONTACT_DAYS),
				false);
	}

	static ProgramForm of(Program program) {
		return new ProgramForm(program.name(), orEmpty(program.description()), program.startsOn().toString(),
				program.endsOn().toString(), String.valueOf(program.cadenceMinDays()),
				String.valueOf(program.cadenceMaxDays()), String.valueOf(program.firstContactDays()),
				program.enrollmentOpen());
	}

	/**
	 * The settings, or {@code null} with the problems added when a value cannot be read
	 * or a rule is broken.
	 */
	Program.@Nullable Settings settings(List<InvalidInputException.FieldError> problems) {
		List<InvalidInputException.FieldError> found = new ArrayList<>();
		LocalDate starts = date("startsOn", this.startsOn, found);
		LocalDate ends = date("endsOn", this.endsOn, found);
		Integer min = number("cadenceMinDays", this.cadenceMinDays, found);
		Integer max = number("cadenceMaxDays", this.cadenceMaxDays, found);
		Integer first = number("firstContactDays", this.firstContactDays, found);
		if (this.name.isBlank()) {
			found.add(new InvalidInputException.FieldError("name", "must not be blank"));
		}
		if (found.isEmpty()) {
			Program.Settings settings = new Program.Settings(this.name, this.description, starts, ends, min, max, first,
					this.enrollmentOpen);
			found.addAll(settings.problems());
			if (found.isEmpty()) {
				return settings;
			}
		}
		problems.addAll(found);
		return null;
	}

	private static @Nullable LocalDate date(String field, String value, List<InvalidInputException.FieldError> found) {
		if (value.isBlank()) {
			found.add(new InvalidInputException.FieldError(field, "must not be blank"));
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			found.add(new InvalidInputException.FieldError(field, "must be a date like 2026-09-01"));
			return null;
		}
	}

	private static @Nullable Integer number(String field, String value, List<InvalidInputException.FieldError> found) {
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			found.add(new InvalidInputException.FieldError(field, "must be a whole number"));
			return null;
		}
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

}
