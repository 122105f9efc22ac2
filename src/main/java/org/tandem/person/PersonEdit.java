package org.tandem.person;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * Everything about a person that may be edited, as one value: a form or a JSON patch
 * produces a whole new edit, which is then checked as a whole.
 *
 * @param timeZone the IANA id of the zone the person chose as typed, {@code null} or
 * blank for none (Tandem's default)
 */
public record PersonEdit(String name, String email, @Nullable PersonId supervisorId, Person.Profile profile,
		@Nullable String timeZone) {

	public static PersonEdit of(Person person) {
		ZoneId zone = person.timeZone();
		return new PersonEdit(person.name(), person.email(), person.supervisorId(), person.profile(),
				(zone != null) ? zone.getId() : null);
	}

	PersonEdit withProfile(Person.Profile profile) {
		return new PersonEdit(this.name, this.email, this.supervisorId, profile, this.timeZone);
	}

}
