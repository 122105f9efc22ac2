package org.tandem.cadence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * What an announced absence must look like, the same for the API and the page.
 */
final class AbsenceRules {

	static final int NOTE_MAX = 500;

	static final int DAYS_MAX = 366;

	static final int YEARS_AROUND = 2;

	private AbsenceRules() {
	}

	/**
	 * The problems of an absence from {@code from} to {@code to} announced on
	 * {@code today}: both days are needed, {@code to} not before {@code from}, at most
	 * {@value #DAYS_MAX} days long, starting no more than {@value #YEARS_AROUND} years
	 * before or after today; a note of at most {@value #NOTE_MAX} characters without
	 * control characters other than line breaks and tabs. Messages never repeat the note.
	 */
	static List<FieldError> check(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable String note,
			LocalDate today) {
		List<FieldError> errors = new ArrayList<>();
		if (from == null) {
			errors.add(new FieldError("from", "is required"));
		}
		else if (from.isBefore(today.minusYears(YEARS_AROUND))) {
			errors.add(new FieldError("from", "must be at most " + YEARS_AROUND + " years in the past"));
		}
		else if (from.isAfter(today.plusYears(YEARS_AROUND))) {
			errors.add(new FieldError("from", "must be at most " + YEARS_AROUND + " years ahead"));
		}
		if (to == null) {
			errors.add(new FieldError("to", "is required"));
		}
		else if (from != null && to.isBefore(from)) {
			errors.add(new FieldError("to", "must not be before the first day"));
		}
		else if (from != null && ChronoUnit.DAYS.between(from, to) + 1 > DAYS_MAX) {
			errors.add(new FieldError("to", "must be at most " + DAYS_MAX + " days after the first day"));
		}
		if (note != null && note.length() > NOTE_MAX) {
			errors.add(new FieldError("note", "must be at most " + NOTE_MAX + " characters long"));
		}
		if (note != null
				&& note.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			errors.add(new FieldError("note", "must not contain control characters"));
		}
		return errors;
	}

	/**
	 * The note as stored: trimmed, and {@code null} when blank.
	 */
	static @Nullable String note(@Nullable String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		return note.strip();
	}

}
