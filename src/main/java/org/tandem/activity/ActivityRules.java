package org.tandem.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * The rules for the catalogue's texts and for what a pair records, as plain checks that
 * name every field at fault.
 */
final class ActivityRules {

	private ActivityRules() {
	}

	/**
	 * @param creating whether the draft makes a new activity, which needs a title
	 */
	static List<FieldError> check(ActivityDraft draft, boolean creating) {
		List<FieldError> problems = new ArrayList<>();
		String title = draft.title();
		if (title == null) {
			if (creating) {
				problems.add(new FieldError("title", "is required"));
			}
		}
		else if (title.isBlank()) {
			problems.add(new FieldError("title", "must not be blank"));
		}
		else if (title.strip().length() > Activity.MAX_TITLE_LENGTH) {
			problems.add(tooLong("title", Activity.MAX_TITLE_LENGTH));
		}
		String description = draft.description();
		if (description != null && description.strip().length() > Activity.MAX_DESCRIPTION_LENGTH) {
			problems.add(tooLong("description", Activity.MAX_DESCRIPTION_LENGTH));
		}
		return problems;
	}

	/**
	 * @param startedOn the day the pairing started: nothing was done together before it
	 */
	static List<FieldError> check(ActivityTick tick, LocalDate startedOn, LocalDate today) {
		List<FieldError> problems = new ArrayList<>();
		Boolean done = tick.done();
		LocalDate doneOn = tick.doneOn();
		if (done == null) {
			problems.add(new FieldError("done", "is required"));
		}
		if (doneOn != null) {
			if (Boolean.FALSE.equals(done)) {
				problems.add(new FieldError("doneOn", "must be left out when done is false"));
			}
			else if (doneOn.isAfter(today)) {
				problems.add(new FieldError("doneOn", "must not be in the future"));
			}
			else if (doneOn.isBefore(startedOn)) {
				problems.add(new FieldError("doneOn", "must not be before the pairing started (" + startedOn + ")"));
			}
		}
		String reflection = tick.reflection();
		if (reflection != null && reflection.strip().length() > ActivityTick.MAX_REFLECTION_LENGTH) {
			problems.add(tooLong("reflection", ActivityTick.MAX_REFLECTION_LENGTH));
		}
		return problems;
	}

	/**
	 * A text as stored: without surrounding blanks, {@code null} when nothing is left.
	 */
	static @Nullable String stored(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static FieldError tooLong(String field, int max) {
		return new FieldError(field, "must be at most " + max + " characters");
	}

}
