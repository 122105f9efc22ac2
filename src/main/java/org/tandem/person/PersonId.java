package org.tandem.person;

import java.util.UUID;

import org.tandem.shared.kernel.TypedId;

/**
 * The id of a person, as the API returns it from {@code POST /people}.
 */
public record PersonId(UUID value) implements TypedId {

	public static PersonId random() {
		return new PersonId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
