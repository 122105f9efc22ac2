package org.tandem.goal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A goal to add, as the caller typed it; {@link Goals} checks every field.
 *
 * @param ownerId the mentor or the mentee; {@code null} for the caller
 * @param milestones the titles of the first milestones (the page offers them; the API
 * starts with none)
 */
public record NewGoal(@Nullable String title, @Nullable String description, @Nullable LocalDate targetOn,
		@Nullable UUID ownerId, List<String> milestones) {

	@Override
	public String toString() {
		// keeps the pair's texts out of logs
		return "NewGoal[targetOn=" + this.targetOn + ", ownerId=" + this.ownerId + "]";
	}

}
