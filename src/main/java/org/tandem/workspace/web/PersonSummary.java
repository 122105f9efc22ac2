package org.tandem.workspace.web;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;

/**
 * What a pairing page shows of each member: enough to know who they are and how to start.
 */
public record PersonSummary(UUID id, String role, String name, @Nullable String pronouns, @Nullable String title,
		@Nullable String department, @Nullable String location, String email, @Nullable String professionalIntro,
		List<String> expertise, List<String> interests, List<String> languages, @Nullable String communicationStyle) {

	static PersonSummary of(Person person, String role) {
		return new PersonSummary(person.id().value(), role, person.name(), person.pronouns(), person.title(),
				person.department(), person.location(), person.email(), person.professionalIntro(), person.expertise(),
				person.interests(), person.languages(), person.communicationStyle());
	}

	static PersonSummary unknown(UUID id, String role) {
		return new PersonSummary(id, role, "Unknown person", null, null, null, null, "", null, List.of(), List.of(),
				List.of(), null);
	}

}
