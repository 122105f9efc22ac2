package org.tandem.person;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.EmailAddress;
import org.tandem.shared.TimeZones;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * The limits of a person's fields, shared by the API, the forms and the CSV import so
 * that all three accept exactly the same people. Lengths match the database columns.
 */
public final class PersonRules {

	static final int EMAIL_MAX = 320;

	static final int NAME_MAX = 200;

	static final int PRONOUNS_MAX = 60;

	static final int SHORT_MAX = 200;

	static final int TEXT_MAX = 4000;

	static final int LIST_ITEMS_MAX = 30;

	static final int LIST_ITEM_MAX = 100;

	private PersonRules() {
	}

	static boolean validEmail(@Nullable String email) {
		return EmailAddress.isValid(email);
	}

	/**
	 * The problems of an edit, empty when it may be saved. Does not look at the database.
	 */
	static List<FieldError> check(PersonEdit edit) {
		List<FieldError> errors = new ArrayList<>();
		required(errors, "name", edit.name(), NAME_MAX);
		if (edit.email().isBlank()) {
			errors.add(new FieldError("email", "is required"));
		}
		else if (!validEmail(edit.email())) {
			errors.add(new FieldError("email", "is not a valid email address"));
		}
		oneLine(errors, "name", edit.name());
		Person.Profile profile = edit.profile();
		shortText(errors, "pronouns", profile.pronouns(), PRONOUNS_MAX);
		shortText(errors, "title", profile.title(), SHORT_MAX);
		shortText(errors, "department", profile.department(), SHORT_MAX);
		shortText(errors, "location", profile.location(), SHORT_MAX);
		longText(errors, "professionalIntro", profile.professionalIntro());
		longText(errors, "personalIntro", profile.personalIntro());
		longText(errors, "communicationStyle", profile.communicationStyle());
		longText(errors, "motivation", profile.motivation());
		longText(errors, "background", profile.background());
		list(errors, "expertise", profile.expertise());
		list(errors, "interests", profile.interests());
		list(errors, "languages", profile.languages());
		if (edit.timeZone() != null && !TimeZones.known(edit.timeZone())) {
			errors.add(new FieldError("timeZone", "is not a known time zone: use an IANA id such as Europe/Berlin"));
		}
		return List.copyOf(new LinkedHashSet<>(errors));
	}

	/**
	 * Control characters have no place in a name or a title, and PostgreSQL refuses the
	 * NUL character outright, so they are rejected rather than left to fail the write.
	 */
	private static void oneLine(List<FieldError> errors, String field, @Nullable String value) {
		if (value != null && value.chars().anyMatch(Character::isISOControl)) {
			errors.add(new FieldError(field, "must not contain line breaks or control characters"));
		}
	}

	private static void shortText(List<FieldError> errors, String field, @Nullable String value, int max) {
		length(errors, field, value, max);
		oneLine(errors, field, value);
	}

	private static void longText(List<FieldError> errors, String field, @Nullable String value) {
		length(errors, field, value, TEXT_MAX);
		if (value != null
				&& value.chars().anyMatch((c) -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
			errors.add(new FieldError(field, "must not contain control characters"));
		}
	}

	/**
	 * Removes the characters PostgreSQL cannot store, for text that is only searched for,
	 * never stored.
	 */
	static String searchable(String text) {
		return text.replace("\u0000", "");
	}

	static void required(List<FieldError> errors, String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			errors.add(new FieldError(field, "is required"));
		}
		else {
			length(errors, field, value, max);
		}
	}

	static void length(List<FieldError> errors, String field, @Nullable String value, int max) {
		if (value != null && value.codePointCount(0, value.length()) > max) {
			errors.add(new FieldError(field, "must be at most " + max + " characters long"));
		}
	}

	static void list(List<FieldError> errors, String field, List<String> items) {
		if (items.size() > LIST_ITEMS_MAX) {
			errors.add(new FieldError(field, "must have at most " + LIST_ITEMS_MAX + " items"));
		}
		else if (items.stream().anyMatch((item) -> item.codePointCount(0, item.length()) > LIST_ITEM_MAX)) {
			errors.add(new FieldError(field, "items must be at most " + LIST_ITEM_MAX + " characters long"));
		}
		items.forEach((item) -> oneLine(errors, field, item));
	}

	/**
	 * Strips a text; a blank one becomes {@code null}, which clears the field.
	 */
	public static @Nullable String optional(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/**
	 * Strips the items, drops blank ones and repeats, keeps the order.
	 */
	static List<String> items(@Nullable List<String> values) {
		if (values == null) {
			return List.of();
		}
		Set<String> items = new LinkedHashSet<>();
		for (String value : values) {
			String item = optional(value);
			if (item != null) {
				items.add(item);
			}
		}
		return List.copyOf(items);
	}

	/**
	 * Splits text typed into a form or a CSV cell into items.
	 */
	public static List<String> split(@Nullable String text, String separator) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return items(List.of(text.split(Pattern.quote(separator))));
	}

	static Person.Profile normalize(Person.Profile profile) {
		return new Person.Profile(optional(profile.pronouns()), optional(profile.title()),
				optional(profile.department()), optional(profile.location()), optional(profile.professionalIntro()),
				optional(profile.personalIntro()), items(profile.expertise()), items(profile.interests()),
				items(profile.languages()), optional(profile.communicationStyle()), optional(profile.motivation()),
				optional(profile.background()));
	}

	static PersonEdit normalize(PersonEdit edit) {
		return new PersonEdit(edit.name().strip(), edit.email().strip(), edit.supervisorId(), normalize(edit.profile()),
				optional(edit.timeZone()));
	}

}
