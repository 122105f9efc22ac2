package org.tandem.notification;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.cadence.Cadence;
import org.tandem.cadence.CadenceInput;
import org.tandem.cadence.CadenceRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which reminders a cadence calls for (28/42 days, first contact within 7), at the edges.
 */
class ReminderKindTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	@ParameterizedTest(name = "started {0} days ago, last contact {1} days ago -> {2}")
	@CsvSource(delimiter = ';',
			value = { "100; 27; ''", "100; 28; DUE", "100; 42; DUE", "100; 43; OVERDUE", "100; 56; OVERDUE",
					"100; 57; OVERDUE COMMITTEE_OVERDUE", "7; -1; ''", "8; -1; FIRST_CONTACT_LATE",
					"60; -1; FIRST_CONTACT_LATE" })
	void remindersAtTheEdges(int daysSinceStart, int daysSinceContact, String expected) {
		LocalDate contact = (daysSinceContact >= 0) ? TODAY.minusDays(daysSinceContact) : null;
		Cadence cadence = CadenceRules
			.evaluate(new CadenceInput(TODAY.minusDays(daysSinceStart), contact, 7, 28, 42, List.of(), false), TODAY);
		List<String> kinds = ReminderKind.dueFor(cadence, TODAY).stream().map(Enum::name).toList();
		assertThat(String.join(" ", kinds)).isEqualTo(expected);
	}

}
