package org.tandem.cadence;

import java.time.LocalDate;

/**
 * Days from {@code from} to {@code to}, both included.
 */
public record DateRange(LocalDate from, LocalDate to) {

	public DateRange {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A date range must not end before it starts");
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

}
