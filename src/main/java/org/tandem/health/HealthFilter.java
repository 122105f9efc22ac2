package org.tandem.health;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.program.Program;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * What the committee narrows the health figures to: a period of the program's term and,
 * optionally, a department (a pairing belongs to it when its mentor or its mentee does).
 *
 * @param from the first day of a {@link HealthPeriod#CUSTOM} period
 * @param to the last day of a {@link HealthPeriod#CUSTOM} period
 * @param department a department's exact name, or {@code null} for all
 */
public record HealthFilter(HealthPeriod period, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable String department) {

	/** The whole term, every department: what the API reports. */
	public static final HealthFilter WHOLE_PROGRAM = new HealthFilter(HealthPeriod.TERM, null, null, null);

	public HealthFilter {
		department = (department == null || department.isBlank()) ? null : department.strip();
	}

	/**
	 * The days the period covers in the program's term; the halves split it at its middle
	 * day, which belongs to the first half.
	 * @throws InvalidInputException for a custom period without both days or ending
	 * before it starts
	 */
	public Window window(Program program) {
		LocalDate start = program.startsOn();
		LocalDate end = program.endsOn();
		LocalDate middle = start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
		return switch (this.period) {
			case TERM -> new Window(start, end);
			case FIRST_HALF -> new Window(start, middle);
			case SECOND_HALF -> new Window(end.isAfter(middle) ? middle.plusDays(1) : end, end);
			case CUSTOM -> custom();
		};
	}

	private Window custom() {
		List<FieldError> errors = new ArrayList<>();
		if (this.from == null) {
			errors.add(new FieldError("from", "is required for a period of your own"));
		}
		if (this.to == null) {
			errors.add(new FieldError("to", "is required for a period of your own"));
		}
		if (this.from != null && this.to != null && this.to.isBefore(this.from)) {
			errors.add(new FieldError("to", "must not be before the first day"));
		}
		if (!errors.isEmpty() || this.from == null || this.to == null) {
			throw new InvalidInputException(errors);
		}
		return new Window(this.from, this.to);
	}

	/** The days from {@code from} to {@code to}, both included. */
	public record Window(LocalDate from, LocalDate to) {

		public boolean contains(LocalDate day) {
			return !day.isBefore(this.from) && !day.isAfter(this.to);
		}

	}

}
