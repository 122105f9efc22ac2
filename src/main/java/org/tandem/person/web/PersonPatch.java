package org.tandem.person.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;
import org.tandem.person.PersonEdit;
import org.tandem.person.PersonId;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * A JSON merge of profile fields onto a person: only the fields present change, an
 * explicit {@code null} clears an optional field. Read from a map rather than a record so
 * that "absent" and "null" can be told apart.
 */
final class PersonPatch {

	static final Set<String> FIELDS = Set.of("name", "email", "pronouns", "title", "department", "location",
			"supervisorId", "professionalIntro", "personalIntro", "expertise", "interests", "languages",
			"communicationStyle", "motivation", "background", "timeZone");

	private final Map<String, @Nullable Object> body;

	private final List<FieldError> errors = new ArrayList<>();

	private PersonPatch(Map<String, @Nullable Object> body) {
		this.body = body;
	}

	/**
	 * The edit that results from applying the patch to {@code current}.
	 * @throws InvalidInputException for unknown fields and values of the wrong type
	 */
	static PersonEdit apply(Map<String, @Nullable Object> body, PersonEdit current) {
		return new PersonPatch(body).applyTo(current);
	}

	private PersonEdit applyTo(PersonEdit current) {
		this.body.keySet()
			.stream()
			.filter((field) -> !FIELDS.contains(field))
			.sorted()
			.forEach((field) -> this.errors.add(new FieldError(field, "is not a known field")));
		Person.Profile p = current.profile();
		Person.Profile profile = new Person.Profile(text("pronouns", p.pronouns()), text("title", p.title()),
				text("department", p.department()), text("location", p.location()),
				text("professionalIntro", p.professionalIntro()), text("personalIntro", p.personalIntro()),
				list("expertise", p.expertise()), list("interests", p.interests()), list("languages", p.languages()),
				text("communicationStyle", p.communicationStyle()), text("motivation", p.motivation()),
				text("background", p.background()));
		String name = requiredText("name", current.name());
		String email = requiredText("email", current.email());
		PersonId supervisor = supervisor(current.supervisorId());
		String timeZone = text("timeZone", current.timeZone());
		if (!this.errors.isEmpty()) {
			throw new InvalidInputException(this.errors);
		}
		return new PersonEdit(name, email, supervisor, profile, timeZone);
	}

	private @Nullable String text(String field, @Nullable String current) {
		if (!this.body.containsKey(field)) {
			return current;
		}
		Object value = this.body.get(field);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		this.errors.add(new FieldError(field, "must be a string"));
		return current;
	}

	private String requiredText(String field, String current) {
		if (this.body.containsKey(field) && this.body.get(field) == null) {
			this.errors.add(new FieldError(field, "is required"));
			return current;
		}
		String value = text(field, current);
		return value == null ? current : value;
	}

	private List<String> list(String field, List<String> current) {
		if (!this.body.containsKey(field)) {
			return current;
		}
		Object value = this.body.get(field);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> items && items.stream().allMatch((item) -> item instanceof String)) {
			return items.stream().map(String.class::cast).toList();
		}
		this.errors.add(new FieldError(field, "must be a list of strings"));
		return current;
	}

	private @Nullable PersonId supervisor(@Nullable PersonId current) {
		if (!this.body.containsKey("supervisorId")) {
			return current;
		}
		Object value = this.body.get("supervisorId");
		if (value == null) {
			return null;
		}
		if (value instanceof String text) {
			try {
				return new PersonId(UUID.fromString(text));
			}
			catch (IllegalArgumentException ex) {
				// reported below like any other malformed id
			}
		}
		this.errors.add(new FieldError("supervisorId", "must be the id of a person"));
		return current;
	}

}
