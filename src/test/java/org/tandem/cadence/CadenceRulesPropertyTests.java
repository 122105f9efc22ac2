package org.tandem.cadence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invariants of the cadence rules over many random pairings from fixed seeds, checked
 * against a day-by-day oracle. A failure names the seed and the case so that it can be
 * replayed.
 */
class CadenceRulesPropertyTests {

	static final int CASES = 5000;

	@Test
	void datesEqualTheDayByDayOracle() {
		forAll(1L, (input, today) -> {
			Cadence cadence = CadenceRules.evaluate(input, today);
			assertThat(cadence.dueOn()).isEqualTo(oracleDueOn(input));
			assertThat(cadence.overdueOn()).isEqualTo(oracleOverdueOn(input));
			assertThat(cadence.state()).isEqualTo(oracleState(input, today));
		});
	}

	@Test
	void mergingOrReorderingAbsencesNeverChangesTheResult() {
		forAll(2L, (input, today) -> {
			Cadence expected = CadenceRules.evaluate(input, today);
			List<DateRange> shuffled = new ArrayList<>(input.absences());
			Collections.shuffle(shuffled, new Random(today.toEpochDay()));
			assertThat(CadenceRules.evaluate(withAbsences(input, shuffled), today)).isEqualTo(expected);
			assertThat(CadenceRules.evaluate(withAbsences(input, CadenceRules.merge(input.absences())), today))
				.isEqualTo(expected);
		});
	}

	@Test
	void dueNeverAfterOverdue() {
		forAll(3L, (input, today) -> {
			Cadence cadence = CadenceRules.evaluate(input, today);
			if (!input.closed()) {
				assertThat(cadence.dueOn()).isBeforeOrEqualTo(cadence.overdueOn());
			}
		});
	}

	@Test
	void eachDateIsMovedByExactlyTheAbsenceDaysInItsWindow() {
		forAll(4L, (input, today) -> {
			Cadence cadence = CadenceRules.evaluate(input, today);
			if (input.closed()) {
				return;
			}
			LocalDate last = input.lastContactOn();
			if (last == null) {
				LocalDate start = input.startedOn();
				assertThat(cadence.dueOn()).isEqualTo(start);
				assertThat(days(start, cadence.overdueOn()) - input.firstContactDays() - 1)
					.isEqualTo(absentDays(input.absences(), start, cadence.overdueOn()));
			}
			else {
				assertThat(days(last, cadence.dueOn()) - input.cadenceMinDays())
					.isEqualTo(absentDays(input.absences(), last, cadence.dueOn()));
				assertThat(days(last, cadence.overdueOn()) - input.cadenceMaxDays() - 1)
					.isEqualTo(absentDays(input.absences(), last, cadence.overdueOn()));
			}
		});
	}

	@Test
	void addingAnAbsenceNeverMovesADateEarlier() {
		Random extra = new Random(55L);
		forAll(5L, (input, today) -> {
			if (input.closed()) {
				return;
			}
			Cadence before = CadenceRules.evaluate(input, today);
			List<DateRange> more = new ArrayList<>(input.absences());
			more.add(randomRange(extra, input.startedOn()));
			Cadence after = CadenceRules.evaluate(withAbsences(input, more), today);
			assertThat(after.dueOn()).isAfterOrEqualTo(before.dueOn());
			assertThat(after.overdueOn()).isAfterOrEqualTo(before.overdueOn());
		});
	}

	@Test
	void stateFollowsTodayAgainstTheDates() {
		forAll(6L, (input, today) -> {
			Cadence cadence = CadenceRules.evaluate(input, today);
			if (input.closed()) {
				assertThat(cadence.state()).isEqualTo(CadenceState.CLOSED);
			}
			else if (input.absences().stream().anyMatch((absence) -> absence.contains(today))) {
				assertThat(cadence.state()).isEqualTo(CadenceState.PAUSED);
			}
			else if (input.lastContactOn() == null) {
				assertThat(cadence.state()).isEqualTo(CadenceState.AWAITING_FIRST_CONTACT);
				assertThat(cadence.firstContactLate(today)).isEqualTo(!today.isBefore(cadence.overdueOn()));
			}
			else if (today.isBefore(cadence.dueOn())) {
				assertThat(cadence.state()).isEqualTo(CadenceState.ON_TRACK);
			}
			else if (today.isBefore(cadence.overdueOn())) {
				assertThat(cadence.state()).isEqualTo(CadenceState.DUE);
			}
			else {
				assertThat(cadence.state()).isEqualTo(CadenceState.OVERDUE);
			}
		});
	}

	@Test
	void withoutAbsencesTheDatesAreExactlyTheConfiguredDays() {
		forAll(7L, (input, today) -> {
			CadenceInput plain = withAbsences(input, List.of());
			Cadence cadence = CadenceRules.evaluate(plain, today);
			LocalDate last = plain.lastContactOn();
			if (plain.closed()) {
				assertThat(cadence.dueOn()).isNull();
			}
			else if (last != null) {
				assertThat(cadence.dueOn()).isEqualTo(last.plusDays(plain.cadenceMinDays()));
				assertThat(cadence.overdueOn()).isEqualTo(last.plusDays(plain.cadenceMaxDays() + 1L));
			}
			else {
				assertThat(cadence.overdueOn()).isEqualTo(plain.startedOn().plusDays(plain.firstContactDays() + 1L));
			}
		});
	}

	/**
	 * Runs the check over {@link #CASES} random inputs from {@code seed}, naming the
	 * failing case.
	 */
	static void forAll(long seed, BiConsumer<CadenceInput, LocalDate> check) {
		Random random = new Random(seed);
		for (int i = 0; i < CASES; i++) {
			CadenceInput input = randomInput(random);
			LocalDate today = input.startedOn().plusDays(random.nextInt(-20, 260));
			try {
				check.accept(input, today);
			}
			catch (AssertionError failure) {
				throw new AssertionError("seed " + seed + ", case " + i + ": " + input + ", today " + today, failure);
			}
		}
	}

	static CadenceInput randomInput(Random random) {
		// 2027-2029 so that leap days of 2028 fall inside many windows
		LocalDate started = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(0, 3 * 365));
		LocalDate last = random.nextInt(4) == 0 ? null : started.plusDays(random.nextInt(0, 80));
		int min = random.nextInt(1, 60);
		int max = random.nextInt(min, 90);
		List<DateRange> absences = new ArrayList<>();
		int count = random.nextInt(0, 7);
		for (int i = 0; i < count; i++) {
			absences.add(randomRange(random, started));
		}
		return new CadenceInput(started, last, random.nextInt(1, 30), min, max, absences, random.nextInt(20) == 0);
	}

	static DateRange randomRange(Random random, LocalDate near) {
		LocalDate from = near.plusDays(random.nextInt(-30, 200));
		return new DateRange(from, from.plusDays(random.nextInt(0, random.nextBoolean() ? 3 : 40)));
	}

	static CadenceInput withAbsences(CadenceInput input, List<DateRange> absences) {
		return new CadenceInput(input.startedOn(), input.lastContactOn(), input.firstContactDays(),
				input.cadenceMinDays(), input.cadenceMaxDays(), absences, input.closed());
	}

	// The oracle: walk day by day, counting only days on which nobody is absent.

	static @Nullable LocalDate oracleDueOn(CadenceInput input) {
		if (input.closed()) {
			return null;
		}
		LocalDate last = input.lastContactOn();
		return (last == null) ? input.startedOn() : nthPresentDay(last, input.cadenceMinDays(), input.absences());
	}

	static @Nullable LocalDate oracleOverdueOn(CadenceInput input) {
		if (input.closed()) {
			return null;
		}
		LocalDate last = input.lastContactOn();
		return (last == null) ? nthPresentDay(input.startedOn(), input.firstContactDays() + 1, input.absences())
				: nthPresentDay(last, input.cadenceMaxDays() + 1, input.absences());
	}

	static CadenceState oracleState(CadenceInput input, LocalDate today) {
		if (input.closed()) {
			return CadenceState.CLOSED;
		}
		if (absent(input.absences(), today)) {
			return CadenceState.PAUSED;
		}
		if (input.lastContactOn() == null) {
			return CadenceState.AWAITING_FIRST_CONTACT;
		}
		LocalDate due = oracleDueOn(input);
		LocalDate overdue = oracleOverdueOn(input);
		if (today.isBefore(due)) {
			return CadenceState.ON_TRACK;
		}
		return today.isBefore(overdue) ? CadenceState.DUE : CadenceState.OVERDUE;
	}

	static LocalDate nthPresentDay(LocalDate anchor, int n, List<DateRange> absences) {
		LocalDate day = anchor;
		int present = 0;
		while (present < n) {
			day = day.plusDays(1);
			if (!absent(absences, day)) {
				present++;
			}
		}
		return day;
	}

	static long absentDays(List<DateRange> absences, LocalDate after, LocalDate upTo) {
		long count = 0;
		for (LocalDate day = after.plusDays(1); !day.isAfter(upTo); day = day.plusDays(1)) {
			if (absent(absences, day)) {
				count++;
			}
		}
		return count;
	}

	static boolean absent(List<DateRange> absences, LocalDate day) {
		return absences.stream().anyMatch((absence) -> absence.contains(day));
	}

	static long days(LocalDate from, @Nullable LocalDate to) {
		return ChronoUnit.DAYS.between(from, to);
	}

}
