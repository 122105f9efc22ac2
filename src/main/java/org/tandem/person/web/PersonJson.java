package org.tandem.person.web;

import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.person.ProgramRoles;

/**
 * A person as the JSON API shows them; optional fields are left out when empty.
 * {@code timeZone} is always there: the zone the person chose, else Tandem's default.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Person")
record PersonJson(String id, String email, String name, @Nullable String pronouns, @Nullable String title,
		@Nullable String department, @Nullable String location, @Nullable String supervisorId,
		@Nullable String professionalIntro, @Nullable String personalIntro, List<String> expertise,
		List<String> interests, List<String> languages, @Nullable String communicationStyle,
		@Nullable String motivation, @Nullable String background, boolean disabled,
		@Schema(description = "IANA time zone id: the one the person chose, else Tandem's default",
				requiredMode = Schema.RequiredMode.REQUIRED, example = "Europe/Berlin") String timeZone) {

	/**
	 * @param defaultZone the zone of a person who chose none
	 */
	static PersonJson of(Person person, ZoneId defaultZone) {
		PersonId supervisor = person.supervisorId();
		ZoneId zone = person.timeZone();
		return new PersonJson(person.id().toString(), person.email(), person.name(), person.pronouns(), person.title(),
				person.department(), person.location(), (supervisor != null) ? supervisor.toString() : null,
				person.professionalIntro(), person.personalIntro(), person.expertise(), person.interests(),
				person.languages(), person.communicationStyle(), person.motivation(), person.background(),
				person.disabled(), ((zone != null) ? zone : defaultZone).getId());
	}

	/**
	 * A person outside a committee member's programs, as the directory shows them: no
	 * profile text.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "PersonCard")
	record Card(String id, String name, String email, @Nullable String title, @Nullable String department) {

		static Card of(Person person) {
			return new Card(person.id().toString(), person.name(), person.email(), person.title(), person.department());
		}

	}

	/**
	 * {@code POST /people}: the email and name, and a password or else an invitation.
	 */
	@Schema(name = "PersonCreateRequest")
	record Create(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String email,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String name,
			@Schema(description = "12 to 128 characters; without it an invitation link is made") @Nullable String password) {
	}

	/**
	 * The created person; {@code invitationUrl} when no password was given, the creator
	 * is an administrator and no email leaves Tandem.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@Schema(name = "PersonCreated")
	record Created(@JsonUnwrapped PersonJson person, @Nullable String invitationUrl) {
	}

	/**
	 * {@code GET /me}: the caller with their roles in programs.
	 */
	@Schema(name = "Me")
	record Me(@JsonUnwrapped PersonJson person, List<ProgramRoles.RoleInProgram> roles, boolean admin) {
	}

	/**
	 * Documents {@code PATCH /people/{id}} for OpenAPI; the body itself is read as a map,
	 * so that absent fields and explicit nulls differ.
	 */
	@Schema(name = "PersonPatchRequest")
	record Patch(@Nullable String name, @Nullable String email, @Nullable String pronouns, @Nullable String title,
			@Nullable String department, @Nullable String location, @Nullable String supervisorId,
			@Nullable String professionalIntro, @Nullable String personalIntro, @Nullable List<String> expertise,
			@Nullable List<String> interests, @Nullable List<String> languages, @Nullable String communicationStyle,
			@Nullable String motivation, @Nullable String background,
			@Schema(description = "IANA time zone id, such as Europe/Berlin; null returns to Tandem's default") @Nullable String timeZone) {
	}

}
