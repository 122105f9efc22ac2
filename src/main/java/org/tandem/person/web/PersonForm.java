package org.tandem.person.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;
import org.tandem.person.PersonEdit;
import org.tandem.person.PersonId;
import org.tandem.person.PersonRules;
import org.tandem.shared.TimeZones;

/**
 * The edit form of a person's profile: every field as typed, lists as comma-separated
 * text, the supervisor by email and the time zone by IANA id (empty for Tandem's
 * default).
 */
public record PersonForm(@Nullable String name, @Nullable String email, @Nullable String pronouns,
		@Nullable String title, @Nullable String department, @Nullable String location,
		@Nullable String supervisorEmail, @Nullable String professionalIntro, @Nullable String personalIntro,
		@Nullable String expertise, @Nullable String interests, @Nullable String languages,
		@Nullable String communicationStyle, @Nullable String motivation, @Nullable String background,
		@Nullable String timeZone) {

	/** Form fields named differently from the fields of {@link PersonEdit}. */
	static final Map<String, String> FIELD_NAMES = Map.of("supervisorId", "supervisorEmail");

	static PersonForm of(Person person, @Nullable Person supervisor) {
		ZoneId zone = person.timeZone();
		return new PersonForm(person.name(), person.email(), person.pronouns(), person.title(), person.department(),
				person.location(), (supervisor != null) ? supervisor.email() : null, person.professionalIntro(),
				person.personalIntro(), join(person.expertise()), join(person.interests()), join(person.languages()),
				person.communicationStyle(), person.motivation(), person.background(),
				(zone != null) ? zone.getId() : null);
	}

	/**
	 * The zones the select offers: the regions of the world, and the chosen zone even if
	 * it is not among them (one set through the API, such as {@code Etc/GMT+5}).
	 */
	public List<String> zones() {
		List<String> zones = new ArrayList<>(TimeZones.choices());
		if (this.timeZone != null && !this.timeZone.isEmpty() && !zones.contains(this.timeZone)) {
			zones.add(0, this.timeZone);
		}
		return zones;
	}

	public boolean zoneChosen(String id) {
		return id.equals(this.timeZone);
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
						this.communicationStyle, this.motivation, this.background),
				this.timeZone);
	}

	private static String text(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
