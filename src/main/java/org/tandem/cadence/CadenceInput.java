package org.tandem.cadence;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the cadence of one pairing depends on.
 *
 * @param startedOn the day the pairing started (may be in the past)
 * @param lastContactOn the day of the latest contact, or {@code null} before the first
 * contact
 * @param firstContactDays days the mentor has for the first contact
 * @param cadenceMinDays days after a contact from which the next one is due
 * @param cadenceMaxDays days after a contact after which the next one is overdue
 * @param absences absences of either person, in any order, possibly overlapping
 * @param closed whether the pairing has ended
 */
public record CadenceInput(LocalDate startedOn, @Nullable LocalDate lastContactOn, int firstContactDays,
		int cadenceMinDays, int cadenceMaxDays, List<DateRange> absences, boolean closed) {

	public CadenceInput {
		absences = List.copyOf(absences);
	}

}
