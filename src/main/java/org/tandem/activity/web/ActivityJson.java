package org.tandem.activity.web;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.tandem.activity.Activity;
import org.tandem.activity.ActivityDraft;
import org.tandem.activity.ActivityTick;
import org.tandem.activity.ChecklistItem;

/**
 * A suggested activity as the API shows it: the program's text, not confidential.
 */
@Schema(name = "Activity")
record ActivityJson(UUID id, String title, @Nullable String description) {

	static ActivityJson of(Activity activity) {
		return new ActivityJson(activity.id().value(), activity.title(), activity.description());
	}

	/**
	 * An activity on a pair's checklist, with what the pair recorded: for the pair only.
	 *
	 * @param retired whether the program no longer suggests it (the pair did it before)
	 */
	@Schema(name = "PairActivity")
	record OfPair(UUID id, String title, @Nullable String description, boolean retired, boolean done,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable LocalDate doneOn,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reflection) {

		static OfPair of(ChecklistItem item) {
			Activity activity = item.activity();
			return new OfPair(activity.id().value(), activity.title(), activity.description(), activity.retired(),
					item.done(), item.doneOn(), item.reflection());
		}

		@Override
		public String toString() {
			// keeps the pair's reflection out of logs
			return "ActivityJson.OfPair[id=" + this.id + ", done=" + this.done + ", doneOn=" + this.doneOn + "]";
		}

	}

	/**
	 * The body of {@code POST} and {@code PATCH /programs/{id}/activities}: a field left
	 * out stays as it is (a new activity needs a title); a blank description removes it.
	 */
	@Schema(name = "ActivityDraft")
	record Draft(@Nullable String title, @Nullable String description) {

		ActivityDraft toDraft() {
			return new ActivityDraft(this.title, this.description);
		}

	}

	/**
	 * The body of {@code PATCH /pairings/{id}/activities/{activityId}}.
	 */
	@Schema(name = "PairActivityChange")
	record Tick(@Nullable Boolean done, @Nullable LocalDate doneOn, @Nullable String reflection) {

		ActivityTick toTick() {
			return new ActivityTick(this.done, this.doneOn, this.reflection);
		}

		@Override
		public String toString() {
			// keeps the pair's reflection out of logs
			return "ActivityJson.Tick[done=" + this.done + ", doneOn=" + this.doneOn + "]";
		}

	}

}
