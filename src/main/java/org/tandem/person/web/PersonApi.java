package org.tandem.person.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.tandem.audit.Audited;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonAccess;
import org.tandem.person.PersonEdit;
import org.tandem.person.PersonId;
import org.tandem.person.ProgramRoles;
import org.tandem.person.ProgramRoles.RoleInProgram;
import org.tandem.person.Registration;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people of the JSON API: create, read, change, list, and the caller themself.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "People")
class PersonApi {

	private final People people;

	private final PersonAccess access;

	private final ProgramRoles roles;

	PersonApi(People people, PersonAccess access, ProgramRoles roles) {
		this.people = people;
		this.access = access;
		this.roles = roles;
	}

	@Audited("person.create")
	@PostMapping("/people")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a person (administrators and committee members)",
			description = "Without a password the person is emailed an invitation link; the response carries it "
					+ "as invitationUrl only for an administrator while no SMTP server is configured. "
					+ "409 if a person with the email exists, whatever its case.")
	PersonJson.Created create(@AuthenticationPrincipal TandemPrincipal me, @RequestBody PersonJson.Create request) {
		if (!this.access.canManage(me)) {
			throw new ForbiddenException("Only administrators and committee members create people.");
		}
		Registration registration = this.people.register(request.email(), request.name(), request.password(),
				me.personId(), me.admin());
		return new PersonJson.Created(PersonJson.of(registration.person(), this.people.defaultZone()),
				registration.invitationUrl());
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "Read a person",
			description = "Readable by the person, administrators and the committees of their programs; "
					+ "404 for everyone else.")
	Object read(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PersonId id) {
		PersonAccess.View view = this.access.view(me, id).orElseThrow(PersonApi::notFound);
		Person person = this.people.find(id).orElseThrow(PersonApi::notFound);
		return (view == PersonAccess.View.FULL) ? PersonJson.of(person, this.people.defaultZone())
				: PersonJson.Card.of(person);
	}

	@Audited(value = "person.update", target = "person {id}")
	@PatchMapping("/people/{id}")
	@Operation(summary = "Change profile fields of a person",
			description = "Only the fields present change; null clears an optional field (a null or blank timeZone: back "
					+ "to Tandem's default). timeZone must be an IANA id (400 otherwise). Only by the person "
					+ "and administrators: a committee member edits a participant's per-program profile, never the "
					+ "person (403).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = PersonJson.Patch.class))))
	PersonJson update(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PersonId id,
			@RequestBody Map<String, @Nullable Object> body) {
		Person person = this.access.readable(me, id).orElseThrow(PersonApi::notFound);
		if (!this.access.canEdit(me, person.id())) {
			throw new ForbiddenException("Your role does not allow changing this person.");
		}
		PersonEdit edit = PersonPatch.apply(body, PersonEdit.of(person));
		return PersonJson.of(this.people.update(person.id(), edit), this.people.defaultZone());
	}

	@GetMapping("/people")
	@Operation(summary = "The directory of people (administrators and committee members)",
			description = "Searches name, email and department, ignoring case. A committee member gets only "
					+ "id, name, email, title and department of people outside their programs.")
	PageResponse<Object> list(@AuthenticationPrincipal TandemPrincipal me,
			@RequestParam(defaultValue = "") String query, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		if (!this.access.canManage(me)) {
			throw new ForbiddenException("Only administrators and committee members list people.");
		}
		if (query.length() > DirectorySearch.QUERY_MAX) {
			throw new InvalidInputException("query",
					"must be at most " + DirectorySearch.QUERY_MAX + " characters long");
		}
		PageResponse<Person> found = this.people.directory(query, Paging.of(page, size));
		Set<PersonId> full = this.access.shownInFull(me, found.items());
		return found.map((person) -> full.contains(person.id()) ? PersonJson.of(person, this.people.defaultZone())
				: PersonJson.Card.of(person));
	}

	@GetMapping("/me")
	@Operation(summary = "The caller, with their roles in programs")
	PersonJson.Me me(@AuthenticationPrincipal TandemPrincipal me) {
		// the person and their roles in one round trip
		Supplier<List<Person>> people = this.people.findAllLater(List.of(me.personId()));
		Supplier<List<RoleInProgram>> roles = this.roles.rolesOf(me.personId());
		Person person = people.get().stream().findFirst().orElseThrow(PersonApi::notFound);
		return new PersonJson.Me(PersonJson.of(person, this.people.defaultZone()), roles.get(), me.admin());
	}

	private static NotFoundException notFound() {
		return new NotFoundException(PersonController.NO_SUCH_PERSON);
	}

}
