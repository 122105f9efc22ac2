package org.tandem.cadence;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * A pairing's cadence on one day, as the API shows it: {@code { "state", "lastContactOn",
 * "dueOn", "overdueOn" }}.
 */
public record Cadence(CadenceState state, @Nullable LocalDate lastContactOn, @Nullable LocalDate dueOn,
		@Nullable LocalDate overdueOn) {

	/**
	 * Whether the first contact is late on {@code today}: there has been no contact yet
	 * and {@code today} is on or after the overdue day. Always {@code false} for a closed
	 * pairing. The state stays {@link CadenceState#AWAITING_FIRST_CONTACT} (or
	 * {@link CadenceState#PAUSED}); this is for the committee alert.
	 */
	public boolean firstContactLate(LocalDate today) {
		return this.state != CadenceState.CLOSED && this.lastContactOn == null && this.overdueOn != null
				&& !today.isBefore(this.overdueOn);
	}

	/**
	 * How many days late the contact (or the first contact) is on {@code today}, counting
	 * {@code today} and the overdue day itself: 0 before the overdue day and for a closed
	 * pairing, 1 on the overdue day. "Overdue by more than 14 days" is
	 * {@code daysLate(today) > 14}. Absences have already moved the overdue day; a pause
	 * today does not change the count.
	 */
	public long daysLate(LocalDate today) {
		if (this.state == CadenceState.CLOSED || this.overdueOn == null || today.isBefore(this.overdueOn)) {
			return 0;
		}
		return ChronoUnit.DAYS.between(this.overdueOn, today) + 1;
	}

}
