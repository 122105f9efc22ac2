package org.tandem.goal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.goal.GoalChange.MilestoneInput;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * The rules a goal's fields follow, the same for the pages and the API. Messages never
 * repeat what was typed: it is the pair's text.
 */
final class GoalRules {

	static final int MAX_TITLE = 200;

	static final int MAX_DESCRIPTION = 5_000;

	static final int MAX_MILESTONES = 30;

	static final int MAX_MILESTONE_TITLE = 200;

	static final int MAX_COMMENT = 5_000;

	/** A pairing keeps at most this many goals, so its goals fit on one page. */
	static final int MAX_GOALS = 100;

	/** How far ahead a target date may lie. */
	static final int MAX_YEARS_AHEAD = 10;

	private GoalRules() {
	}

	/**
	 * The problems of a title given for a new goal or a change.
	 */
	static void title(@Nullable String title, List<FieldError> problems) {
		if (title == null || title.isBlank()) {
			problems.add(new FieldError("title", "must not be blank"));
		}
		else if (stored(title).length() > MAX_TITLE) {
			problems.add(new FieldError("title", "must be at most " + MAX_TITLE + " characters"));
		}
	}

	static void description(@Nullable String description, List<FieldError> problems) {
		if (description != null && stored(description).length() > MAX_DESCRIPTION) {
			problems.add(new FieldError("description", "must be at most " + MAX_DESCRIPTION + " characters"));
		}
	}

	/**
	 * A target date lies between the day the pairing started and
	 * {@value #MAX_YEARS_AHEAD} years from today; one already past is fine (a goal may be
	 * reached late).
	 */
	static void targetOn(@Nullable LocalDate targetOn, LocalDate startedOn, LocalDate today,
			List<FieldError> problems) {
		if (targetOn == null) {
			return;
		}
		if (targetOn.isBefore(startedOn)) {
			problems.add(new FieldError("targetOn", "must not be before the pairing started (" + startedOn + ")"));
		}
		else if (targetOn.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
			problems.add(new FieldError("targetOn", "must be at most " + MAX_YEARS_AHEAD + " years ahead"));
		}
	}

	static void progress(@Nullable Integer progress, List<FieldError> problems) {
		if (progress != null && (progress < 0 || progress > 100)) {
			problems.add(new FieldError("progress", "must be between 0 and 100"));
		}
	}

	static @Nullable GoalStatus status(@Nullable String status, List<FieldError> problems) {
		if (status == null) {
			return null;
		}
		for (GoalStatus candidate : GoalStatus.values()) {
			if (candidate.name().equals(status)) {
				return candidate;
			}
		}
		problems.add(new FieldError("status", "must be one of OPEN, ACHIEVED, DROPPED"));
		return null;
	}

	/**
	 * The milestones as stored, or {@code null} with the problems added.
	 */
	static @Nullable List<Milestone> milestones(List<@Nullable MilestoneInput> given, List<FieldError> problems) {
		int before = problems.size();
		if (given.size() > MAX_MILESTONES) {
			problems.add(new FieldError("milestones", "must be at most " + MAX_MILESTONES));
			return null;
		}
		List<Milestone> milestones = new ArrayList<>();
		for (int i = 0; i < given.size(); i++) {
			MilestoneInput input = given.get(i);
			String field = "milestones." + i + ".title";
			String title = (input != null) ? input.title() : null;
			if (title == null || title.isBlank()) {
				problems.add(new FieldError(field, "must not be blank"));
			}
			else if (stored(title).length() > MAX_MILESTONE_TITLE) {
				problems.add(new FieldError(field, "must be at most " + MAX_MILESTONE_TITLE + " characters"));
			}
			else {
				milestones.add(new Milestone(stored(title), input != null && Boolean.TRUE.equals(input.done())));
			}
		}
		return (problems.size() == before) ? milestones : null;
	}

	static String comment(@Nullable String body) {
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", "must not be blank");
		}
		String stored = stored(body);
		if (stored.length() > MAX_COMMENT) {
			throw new InvalidInputException("body", "must be at most " + MAX_COMMENT + " characters");
		}
		return stored;
	}

	/**
	 * A text as kept: without surrounding white space.
	 */
	static String stored(String text) {
		return text.strip();
	}

	/**
	 * An optional text as kept: a blank one is none.
	 */
	static @Nullable String storedOrNone(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
