package org.tandem.goal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A change to a goal. A field left {@code null} stays as it is; a blank description is
 * cleared; the milestones, when given, replace the whole list.
 *
 * @param targetOn the new target date, or {@code null} to keep it
 * @param clearTargetOn whether to remove the target date
 * @param status {@code OPEN}, {@code ACHIEVED} or {@code DROPPED}
 * @param expectedVersion the version the change was made on, or {@code null} to change
 * whatever is current; a page sends it, so that an edit does not silently undo the
 * partner's
 */
public record GoalChange(@Nullable String title, @Nullable String description, @Nullable LocalDate targetOn,
		boolean clearTargetOn, @Nullable Integer progress, @Nullable String status,
		@Nullable List<@Nullable MilestoneInput> milestones, @Nullable Integer expectedVersion) {

	@Override
	public String toString() {
		// keeps the pair's texts out of logs
		return "GoalChange[targetOn=" + this.targetOn + ", progress=" + this.progress + ", status=" + this.status + "]";
	}

	/**
	 * A milestone as typed: {@code done} defaults to false.
	 */
	public record MilestoneInput(@Nullable String title, @Nullable Boolean done) {

		@Override
		public String toString() {
			return "MilestoneInput[done=" + this.done + "]";
		}

	}

}
