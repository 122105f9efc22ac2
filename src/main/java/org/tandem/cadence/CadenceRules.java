package org.tandem.cadence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The cadence rules of a pairing (issue 3, item 5), as pure functions of a
 * {@link CadenceInput} and a day.
 *
 * <p>
 * The contract, in order of precedence:
 * <ol>
 * <li>A closed pairing is {@link CadenceState#CLOSED}, with no due or overdue date.</li>
 * <li>If anyone of the pair is absent today, the pairing is {@link CadenceState#PAUSED};
 * its dates are computed as below all the same.</li>
 * <li>Before the first contact it is {@link CadenceState#AWAITING_FIRST_CONTACT} (even
 * when late, see {@link Cadence#firstContactLate(LocalDate)}): due on the start day,
 * overdue from {@code startedOn +
 * firstContactDays + 1}.</li>
 * <li>After a contact on day L it is due from {@code L + cadenceMinDays} and overdue from
 * {@code L + cadenceMaxDays +
 * 1}: {@link CadenceState#ON_TRACK} before the due day, {@link CadenceState#DUE} up to
 * the day before the overdue day, {@link CadenceState#OVERDUE} from then on.</li>
 * </ol>
 * Absences move each date (except the first-contact due day, which is the start day
 * itself) out by the number of distinct absence days in its window: the days after the
 * anchor (L, or the start day) up to and including the moved date. So a date d with base
 * offset n from anchor A is the least day with {@code d - A - n} equals the number of
 * absence days after A up to and including d, in other words the n-th day after A on
 * which nobody is absent.
 */
public final class CadenceRules {

	private CadenceRules() {
	}

	/**
	 * The cadence on {@code today}. Never throws for a valid input, including a last
	 * contact after today, a contact on the start day, or a start in the past.
	 */
	public static Cadence evaluate(CadenceInput input, LocalDate today) {
		if (input.closed()) {
			return new Cadence(CadenceState.CLOSED, input.lastContactOn(), null, null);
		}
		List<DateRange> absences = merge(input.absences());
		LocalDate last = input.lastContactOn();
		LocalDate dueOn;
		LocalDate overdueOn;
		if (last == null) {
			dueOn = input.startedOn();
			overdueOn = shift(input.startedOn(), input.firstContactDays() + 1L, absences);
		}
		else {
			dueOn = shift(last, input.cadenceMinDays(), absences);
			overdueOn = shift(last, input.cadenceMaxDays() + 1L, absences);
		}
		CadenceState state = absentOn(today, absences) ? CadenceState.PAUSED : stateOn(today, last, dueOn, overdueOn);
		return new Cadence(state, last, dueOn, overdueOn);
	}

	/**
	 * The state on {@code today} when nobody is absent: awaiting the first contact if
	 * there was none, else by where {@code today} falls relative to the due and overdue
	 * days.
	 */
	static CadenceState stateOn(LocalDate today, @Nullable LocalDate lastContactOn, LocalDate dueOn,
			LocalDate overdueOn) {
		if (lastContactOn == null) {
			return CadenceState.AWAITING_FIRST_CONTACT;
		}
		if (today.isBefore(dueOn)) {
			return CadenceState.ON_TRACK;
		}
		return today.isBefore(overdueOn) ? CadenceState.DUE : CadenceState.OVERDUE;
	}

	/**
	 * The {@code days}-th day after {@code anchor} on which nobody is absent
	 * ({@code anchor} itself when {@code days} is 0). Equivalently the fixpoint of
	 * {@code d = anchor + days + a(d)}, a(d) being the number of absence days after the
	 * anchor up to and including d: an absence that starts after the unmoved date still
	 * counts when the extension reaches it.
	 * @param merged absences as returned by {@link #merge(Collection)}: sorted, disjoint
	 * and not adjacent
	 */
	static LocalDate shift(LocalDate anchor, long days, List<DateRange> merged) {
		LocalDate date = anchor.plusDays(days);
		for (DateRange absence : merged) {
			if (!absence.to().isAfter(anchor)) {
				continue; // days up to the anchor itself never count
			}
			LocalDate start = absence.from().isAfter(anchor) ? absence.from() : anchor.plusDays(1);
			if (start.isAfter(date)) {
				break; // sorted: no later absence can reach the date either
			}
			// the whole absence lies inside the window once the date has moved past it
			date = date.plusDays(ChronoUnit.DAYS.between(start, absence.to()) + 1);
		}
		return date;
	}

	/**
	 * The same days as {@code absences}, as sorted ranges that neither overlap nor touch,
	 * so that a day covered by several absences counts once.
	 */
	public static List<DateRange> merge(Collection<DateRange> absences) {
		List<DateRange> sorted = new ArrayList<>(absences);
		sorted.sort(Comparator.comparing(DateRange::from));
		List<DateRange> merged = new ArrayList<>();
		for (DateRange next : sorted) {
			int lastIndex = merged.size() - 1;
			DateRange previous = (lastIndex >= 0) ? merged.get(lastIndex) : null;
			if (previous != null && !next.from().isAfter(previous.to().plusDays(1))) {
				LocalDate to = next.to().isAfter(previous.to()) ? next.to() : previous.to();
				merged.set(lastIndex, new DateRange(previous.from(), to));
			}
			else {
				merged.add(next);
			}
		}
		return List.copyOf(merged);
	}

	/**
	 * Whether {@code day} lies inside any of the absences.
	 */
	static boolean absentOn(LocalDate day, Collection<DateRange> absences) {
		return absences.stream().anyMatch((absence) -> absence.contains(day));
	}

}
