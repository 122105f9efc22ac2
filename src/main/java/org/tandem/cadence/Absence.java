package org.tandem.cadence;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An absence a person has announced, both days included. The note is confidential: only
 * the person themself may read it, and it is never logged.
 */
public record Absence(UUID id, UUID personId, LocalDate from, LocalDate to, @Nullable String note) {

	public DateRange range() {
		return new DateRange(this.from, this.to);
	}

	@Override
	public String toString() {
		// keeps the confidential note out of logs and exception messages
		return "Absence[id=" + this.id + ", personId=" + this.personId + ", from=" + this.from + ", to=" + this.to
				+ "]";
	}

}
