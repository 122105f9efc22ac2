package org.tandem.person.web;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;
import org.tandem.person.PersonEdit;
import org.tandem.person.PersonId;
import org.tandem.person.PersonRules;

/**
 * The edit form of a person's profile: every field as typed, lists as comma-separated
 * text and the supervisor by email.
 */
public record PersonForm(@Nullable String name, @Nullable String email, @Nullable String pronouns,
		@Nullable String title, @Nullable String department, @Nullable String location,
		@Nullable String supervisorEmail, @Nullable String professionalIntro, @Nullable String personalIntro,
		@Nullable String expertise, @Nullable String interests, @Nullable String languages,
		@Nullable String communicationStyle, @Nullable String motivation, @Nullable String background) {

	/** Form fields named differently from the fields of {@link PersonEdit}. */
	static final Map<String, String> FIELD_NAMES = Map.of("supervisorId", "supervisorEmail");

	static PersonForm of(Person person, @Nullable Person supervisor) {
		return new PersonForm(person.name(), person.email(), person.pronouns(), person.title(), person.department(),
				person.location(), (supervisor != null) ? supervisor.email() : null, person.professionalIntro(),
				person.personalIntro(), join(person.expertise()), join(person.interests()), join(person.languages()),
				person.communicationStyle(), person.motivation(), person.background());
	}

	private static String join(List<String> items) {
		return String.join(", ", items);
	}

	/**
	 * The supervisor's email as typed, or {@code null} for none.
	 */
	@Nullable String supervisorEmailOrNull() {
		return PersonRules.optional(this.supervisorEmail);
	}

	/**
	 * The edit this form asks for, with the supervisor already resolved.
	 */
	PersonEdit toEdit(@Nullable PersonId supervisor) {
		return new PersonEdit(text(this.name), text(this.email), supervisor,
				new Person.Profile(this.pronouns, this.title, this.department, this.location, this.professionalIntro,
						this.personalIntro, PersonRules.split(this.expertise, ","),
						PersonRules.split(this.interests, ","), PersonRules.split(this.languages, ","),
						this.communicationStyle, this.motivation, this.background));
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
