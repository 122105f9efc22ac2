package org.tandem.person;

import org.jspecify.annotations.Nullable;

/**
 * Everything about a person that may be edited, as one value: a form or a JSON patch
 * produces a whole new edit, which is then checked as a whole.
 */
public record PersonEdit(String name, String email, @Nullable PersonId supervisorId, Person.Profile profile) {

	public static PersonEdit of(Person person) {
		return new PersonEdit(person.name(), person.email(), person.supervisorId(), person.profile());
	}

	PersonEdit withProfile(Person.Profile profile) {
		return new PersonEdit(this.name, this.email, this.supervisorId, profile);
	}

}
