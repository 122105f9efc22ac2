package org.tandem.feedback;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * When a program's evaluations fall due: the mid-term one from the middle day of the
 * program's term (for a pair that started before it), the end-of-term one from
 * {@value #END_OPENS_DAYS_BEFORE} days before the term ends, so that it can be answered
 * while the pair still works together. A pure rule over dates.
 */
record EvaluationTerm(LocalDate startsOn, LocalDate endsOn) {

	public static final int END_OPENS_DAYS_BEFORE = 14;

	public LocalDate midOn() {
		return this.startsOn.plusDays(ChronoUnit.DAYS.between(this.startsOn, this.endsOn) / 2);
	}

	public LocalDate endOn() {
		LocalDate opens = this.endsOn.minusDays(END_OPENS_DAYS_BEFORE);
		return opens.isBefore(midOn()) ? midOn() : opens;
	}

	/** The day the evaluation falls due for a pair that started on {@code startedOn}. */
	public @Nullable LocalDate dueOn(EvaluationKind kind, LocalDate startedOn) {
		if (kind == EvaluationKind.MID) {
			return startedOn.isBefore(midOn()) ? midOn() : null;
		}
		return endOn();
	}

	/**
	 * The evaluations due on {@code today} for a pair that started on {@code startedOn}.
	 */
	public List<EvaluationKind> dueKinds(LocalDate startedOn, LocalDate today) {
		List<EvaluationKind> due = new ArrayList<>();
		for (EvaluationKind kind : EvaluationKind.values()) {
			LocalDate on = dueOn(kind, startedOn);
			if (on != null && !today.isBefore(on)) {
				due.add(kind);
			}
		}
		return due;
	}

}
