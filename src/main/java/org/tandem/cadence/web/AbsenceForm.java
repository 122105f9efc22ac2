package org.tandem.cadence;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

/**
 * The form to announce an absence: the dates as typed (so that a wrong one is shown
 * back), and the private note.
 */
public record AbsenceForm(@Nullable String from, @Nullable String to, @Nullable String note) {

	@Override
	public String toString() {
		// keeps the confidential note out of logs
		return "AbsenceForm[from=" + this.from + ", to=" + this.to + "]";
	}

	static AbsenceForm empty() {
		return new AbsenceForm("", "", "");
	}

	public String fromValue() {
		return (this.from != null) ? this.from : "";
	}

	public String toValue() {
		return (this.to != null) ? this.to : "";
	}

	public String noteValue() {
		return (this.note != null) ? this.note : "";
	}

	/**
	 * The day typed, {@code null} when empty or not a date ({@link #readable(String)}
	 * tells which).
	 */
	static @Nullable LocalDate day(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Whether the value is empty or a day in the form YYYY-MM-DD.
	 */
	static boolean readable(@Nullable String value) {
		return value == null || value.isBlank() || day(value) != null;
	}

}
