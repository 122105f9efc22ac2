package org.tandem.activity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One activity on a pair's checklist, with what the pair recorded about it. Only the pair
 * is ever given one: the reflection is theirs.
 *
 * @param doneOn the day they did it, when {@code done}
 * @param reflection the pair's reflection, {@code null} if they wrote none
 */
public record ChecklistItem(Activity activity, boolean done, @Nullable LocalDate doneOn, @Nullable String reflection) {

	@Override
	public String toString() {
		// keeps the pair's reflection out of logs
		return "ChecklistItem[activity=" + this.activity.id() + ", done=" + this.done + ", doneOn=" + this.doneOn + "]";
	}

}
