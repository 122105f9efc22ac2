package org.tandem.program;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * What the committee types to add a suggested place.
 */
public record PlaceForm(@Nullable String name, @Nullable String kind, @Nullable String description) {

	static final int MAX_NAME = 200;

	static final int MAX_DESCRIPTION = 500;

	public static PlaceForm empty() {
		return new PlaceForm("", "WALKING", "");
	}

	public String value(@Nullable String text) {
		return (text != null) ? text : "";
	}

	public boolean kindIs(PlaceKind candidate) {
		return candidate.name().equals(this.kind);
	}

	/**
	 * Every rule the form breaks; none when it can be stored as {@link #name()} stripped,
	 * {@link #placeKind()} and {@link #storedDescription()}.
	 */
	List<FieldError> problems() {
		List<FieldError> problems = new ArrayList<>();
		String name = strip(this.name);
		if (name == null) {
			problems.add(new FieldError("name", "is required"));
		}
		else if (name.length() > MAX_NAME) {
			problems.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
		}
		else if (controls(name)) {
			problems.add(new FieldError("name", "must be one line of text"));
		}
		if (placeKind() == null) {
			problems.add(new FieldError("kind", "must be one of WALKING, LUNCH, ROOM, OTHER"));
		}
		String description = storedDescription();
		if (description != null && description.length() > MAX_DESCRIPTION) {
			problems.add(new FieldError("description", "must be at most " + MAX_DESCRIPTION + " characters"));
		}
		else if (description != null && controls(description)) {
			problems.add(new FieldError("description", "must be one line of text"));
		}
		return problems;
	}

	@Nullable PlaceKind placeKind() {
		for (PlaceKind candidate : PlaceKind.values()) {
			if (candidate.name().equals(this.kind)) {
				return candidate;
			}
		}
		return null;
	}

	@Nullable String storedName() {
		return strip(this.name);
	}

	@Nullable String storedDescription() {
		return strip(this.description);
	}

	private static @Nullable String strip(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return text.strip();
	}

	private static boolean controls(String text) {
		return text.chars().anyMatch(Character::isISOControl);
	}

}
