package org.tandem.cadence.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The form to announce an absence: both days, and the private note. The rules of an
 * absence are the service's, the same for the API and the page.
 */
public record AbsenceForm(@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to, @Nullable String note) {

	@Override
	public String toString() {
		// keeps the confidential note out of logs
		return "AbsenceForm[from=" + this.from + ", to=" + this.to + "]";
	}

	static AbsenceForm empty() {
		return new AbsenceForm(null, null, null);
	}

}
