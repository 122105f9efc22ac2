package org.tandem.cadence;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Named examples of the cadence rules with the program defaults (due from day 28, overdue
 * after day 42, first contact within 7 days).
 */
class CadenceRulesExamplesTests {

	static final LocalDate L = LocalDate.of(2026, 1, 10);

	@ParameterizedTest(name = "day {0} after the contact is {1}")
	@CsvSource({ "0, ON_TRACK", "1, ON_TRACK", "27, ON_TRACK", "28, DUE", "41, DUE", "42, DUE", "43, OVERDUE",
			"400, OVERDUE", "-5, ON_TRACK" })
	void stateByDayAfterTheLastContact(int day, CadenceState expected) {
		Cadence cadence = CadenceRules.evaluate(afterContact(L), L.plusDays(day));
		assertThat(cadence).isEqualTo(new Cadence(expected, L, L.plusDays(28), L.plusDays(43)));
	}

	static Stream<Arguments> absences() {
		return Stream.of(example("absence wholly before the contact", List.of(range(-20, -1)), 28, 43),
				example("absence ending on the contact day", List.of(range(-3, 0)), 28, 43),
				example("absence across the contact day counts only the days after it", List.of(range(-3, 2)), 30, 45),
				example("absence inside the window", List.of(range(10, 14)), 33, 48),
				example("absence starting on the due day", List.of(range(28, 30)), 31, 46),
				example("absence between due and overdue", List.of(range(30, 31)), 28, 45),
				example("absence on the overdue day", List.of(range(43, 44)), 28, 45),
				example("absence after the window", List.of(range(44, 60)), 28, 43),
				example("absence just after the due day, reached by an earlier extension",
						List.of(range(10, 11), range(29, 31)), 33, 48),
				example("absence just after the overdue day, reached by an earlier extension",
						List.of(range(10, 10), range(44, 45)), 29, 46),
				example("overlapping absences count each day once", List.of(range(5, 10), range(8, 12)), 36, 51),
				example("the same absence twice counts once", List.of(range(5, 9), range(5, 9)), 33, 48),
				example("nested absences count each day once", List.of(range(1, 20), range(5, 6)), 48, 63),
				example("adjacent absences", List.of(range(8, 9), range(5, 7)), 33, 48),
				example("absence over the whole window", List.of(range(1, 100)), 128, 143));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("absences")
	void absencesMoveTheDates(String name, List<DateRange> absences, int dueDay, int overdueDay) {
		CadenceInput input = new CadenceInput(L.minusDays(100), L, 7, 28, 42, absences, false);
		Cadence cadence = CadenceRules.evaluate(input, L.plusDays(200));
		assertThat(cadence.dueOn()).isEqualTo(L.plusDays(dueDay));
		assertThat(cadence.overdueOn()).isEqualTo(L.plusDays(overdueDay));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "contact on the first of February is due on the leap day, 2028-02-01, , 2028-02-29, 2028-03-15",
			"the leap day is an absence day like any other, 2028-02-01, 2028-02-29, 2028-03-01, 2028-03-16",
			"contact on the leap day, 2028-02-29, , 2028-03-28, 2028-04-12" })
	void leapDays(String name, LocalDate contact, @Nullable LocalDate absentOn, LocalDate dueOn, LocalDate overdueOn) {
		List<DateRange> absences = (absentOn != null) ? List.of(new DateRange(absentOn, absentOn)) : List.of();
		Cadence cadence = CadenceRules.evaluate(new CadenceInput(contact, contact, 7, 28, 42, absences, false),
				contact);
		assertThat(cadence.dueOn()).isEqualTo(dueOn);
		assertThat(cadence.overdueOn()).isEqualTo(overdueOn);
	}

	@ParameterizedTest(name = "day {0} after the start: late {1}")
	@CsvSource({ "0, false", "7, false", "8, true", "30, true" })
	void beforeTheFirstContact(int day, boolean late) {
		CadenceInput input = new CadenceInput(L, null, 7, 28, 42, List.of(), false);
		LocalDate today = L.plusDays(day);
		Cadence cadence = CadenceRules.evaluate(input, today);
		assertThat(cadence).isEqualTo(new Cadence(CadenceState.AWAITING_FIRST_CONTACT, null, L, L.plusDays(8)));
		assertThat(cadence.firstContactLate(today)).isEqualTo(late);
		assertThat(cadence.daysLate(today)).isEqualTo(late ? day - 7 : 0);
	}

	@Test
	void absenceInTheFirstContactWindowMovesOnlyTheOverdueDay() {
		CadenceInput input = new CadenceInput(L, null, 7, 28, 42, List.of(range(-5, 3)), false);
		Cadence cadence = CadenceRules.evaluate(input, L.plusDays(11));
		assertThat(cadence).isEqualTo(new Cadence(CadenceState.AWAITING_FIRST_CONTACT, null, L, L.plusDays(11)));
		assertThat(cadence.firstContactLate(L.plusDays(10))).isFalse();
		assertThat(cadence.firstContactLate(L.plusDays(11))).isTrue();
	}

	@Test
	void pairingStartedYearsAgoWithoutContactIsLongLate() {
		LocalDate started = LocalDate.of(2020, 1, 1);
		LocalDate today = LocalDate.of(2026, 6, 1);
		Cadence cadence = CadenceRules.evaluate(new CadenceInput(started, null, 7, 28, 42, List.of(), false), today);
		assertThat(cadence.state()).isEqualTo(CadenceState.AWAITING_FIRST_CONTACT);
		assertThat(cadence.overdueOn()).isEqualTo(LocalDate.of(2020, 1, 9));
		assertThat(cadence.firstContactLate(today)).isTrue();
		assertThat(cadence.daysLate(today)).isGreaterThan(14);
	}

	@Test
	void pairingStartedInThePastWithAnOldContactIsOverdue() {
		LocalDate started = LocalDate.of(2020, 1, 1);
		LocalDate contact = LocalDate.of(2020, 2, 1);
		Cadence cadence = CadenceRules.evaluate(new CadenceInput(started, contact, 7, 28, 42, List.of(), false),
				LocalDate.of(2026, 6, 1));
		assertThat(cadence).isEqualTo(
				new Cadence(CadenceState.OVERDUE, contact, LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 15)));
	}

	@Test
	void contactOnTheStartDay() {
		Cadence cadence = CadenceRules.evaluate(afterContact(L), L);
		assertThat(cadence).isEqualTo(new Cadence(CadenceState.ON_TRACK, L, L.plusDays(28), L.plusDays(43)));
		assertThat(cadence.firstContactLate(L.plusDays(100))).isFalse();
	}

	@Test
	void contactAfterTodayIsTreatedLikeAnyContact() {
		Cadence cadence = CadenceRules.evaluate(afterContact(L), L.minusDays(3));
		assertThat(cadence).isEqualTo(new Cadence(CadenceState.ON_TRACK, L, L.plusDays(28), L.plusDays(43)));
	}

	@Test
	void absentTodayPausesButKeepsTheDates() {
		CadenceInput input = new CadenceInput(L, L, 7, 28, 42, List.of(range(40, 50)), false);
		Cadence cadence = CadenceRules.evaluate(input, L.plusDays(45));
		assertThat(cadence).isEqualTo(new Cadence(CadenceState.PAUSED, L, L.plusDays(28), L.plusDays(54)));
		Cadence before = CadenceRules.evaluate(new CadenceInput(L, null, 7, 28, 42, List.of(range(0, 0)), false), L);
		assertThat(before.state()).isEqualTo(CadenceState.PAUSED);
	}

	@Test
	void closedPairingHasNoDates() {
		CadenceInput input = new CadenceInput(L, L, 7, 28, 42, List.of(range(0, 100)), true);
		Cadence cadence = CadenceRules.evaluate(input, L.plusDays(50));
		assertThat(cadence).isEqualTo(new Cadence(CadenceState.CLOSED, L, null, null));
		assertThat(cadence.firstContactLate(L.plusDays(50))).isFalse();
		assertThat(cadence.daysLate(L.plusDays(50))).isZero();
		Cadence neverMet = CadenceRules.evaluate(new CadenceInput(L, null, 7, 28, 42, List.of(), true), L);
		assertThat(neverMet).isEqualTo(new Cadence(CadenceState.CLOSED, null, null, null));
		assertThat(neverMet.firstContactLate(L.plusDays(50))).isFalse();
	}

	@Test
	void mergeJoinsOverlappingAndAdjacentRangesOnly() {
		assertThat(CadenceRules.merge(List.of(range(10, 12), range(1, 3), range(4, 5), range(2, 2), range(7, 8))))
			.containsExactly(range(1, 5), range(7, 8), range(10, 12));
		assertThat(CadenceRules.merge(List.of())).isEmpty();
	}

	static CadenceInput afterContact(LocalDate contact) {
		return new CadenceInput(contact, contact, 7, 28, 42, List.of(), false);
	}

	static DateRange range(int fromDay, int toDay) {
		return new DateRange(L.plusDays(fromDay), L.plusDays(toDay));
	}

	static Arguments example(String name, List<DateRange> absences, int dueDay, int overdueDay) {
		return Arguments.of(name, absences, dueDay, overdueDay);
	}

}
