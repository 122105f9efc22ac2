package org.tandem.program;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException;

/**
 * The limits of a participant's profile and capacity. Errors name the fields as the JSON
 * API does ({@code profile.meetingFormats}); pages drop the prefix.
 */
public final class ProfileRules {

	public static final String PREFIX = "profile.";

	public static final int MAX_CAPACITY = 50;

	static final int MAX_ITEMS = 20;

	static final int MAX_ITEM_LENGTH = 100;

	static final int MAX_GOALS_LENGTH = 4000;

	static final int MAX_LOCATION_LENGTH = 200;

	private ProfileRules() {
	}

	/**
	 * The profile with its lists stripped of blanks and duplicates; the problems found
	 * are added to {@code problems}.
	 */
	static Participant.Profile normalize(Participant.Profile profile, List<InvalidInputException.FieldError> problems) {
		List<String> formats = items(profile.meetingFormats(), "meetingFormats", problems);
		formats.stream()
			.filter((format) -> !MeetingFormat.known(format))
			.findFirst()
			.ifPresent((format) -> problems.add(new InvalidInputException.FieldError(PREFIX + "meetingFormats",
					"must contain only IN_PERSON, WALKING, LUNCH, CONFERENCE, VIDEO, PHONE, EMAIL or MESSAGE")));
		String goals = blankToNull(profile.goals());
		if (goals != null && goals.length() > MAX_GOALS_LENGTH) {
			problems.add(new InvalidInputException.FieldError(PREFIX + "goals",
					"must be at most " + MAX_GOALS_LENGTH + " characters"));
		}
		String location = blankToNull(profile.location());
		if (location != null && location.length() > MAX_LOCATION_LENGTH) {
			problems.add(new InvalidInputException.FieldError(PREFIX + "location",
					"must be at most " + MAX_LOCATION_LENGTH + " characters"));
		}
		return new Participant.Profile(items(profile.expertise(), "expertise", problems),
				items(profile.interests(), "interests", problems), goals, formats, location,
				items(profile.languages(), "languages", problems));
	}

	/**
	 * The capacity to store: mentors default to 1, other roles have none.
	 */
	static int capacity(Role role, @Nullable Integer capacity, List<InvalidInputException.FieldError> problems) {
		if (capacity != null && (capacity < 0 || capacity > MAX_CAPACITY)) {
			problems.add(new InvalidInputException.FieldError("capacity", "must be between 0 and " + MAX_CAPACITY));
			return 0;
		}
		if (role != Role.MENTOR) {
			return 0;
		}
		return capacity == null ? 1 : capacity;
	}

	private static List<String> items(@Nullable List<String> values, String field,
			List<InvalidInputException.FieldError> problems) {
		if (values == null) {
			return List.of();
		}
		Set<String> items = new LinkedHashSet<>();
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				items.add(value.strip());
			}
		}
		if (items.size() > MAX_ITEMS) {
			problems.add(new InvalidInputException.FieldError(PREFIX + field,
					"must have at most " + MAX_ITEMS + " entries"));
		}
		if (items.stream().anyMatch((item) -> item.length() > MAX_ITEM_LENGTH)) {
			problems.add(new InvalidInputException.FieldError(PREFIX + field,
					"entries must be at most " + MAX_ITEM_LENGTH + " characters"));
		}
		return new ArrayList<>(items);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
