package org.tandem.person;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
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

	static final int QUERY_MAX = 200;

	private final People people;

	private final PersonAccess access;

	private final ProgramRoles roles;

	PersonApi(People people, PersonAccess access, ProgramRoles roles) {
		this.people = people;
		this.access = access;
		this.roles = roles;
	}

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
		return new PersonJson.Created(PersonJson.of(registration.person()), registration.invitationUrl());
	}

	@GetMapping("/people/{id}")
	@Operation(summary = "Read a person",
			description = "Readable by the person, administrators and the committees of their programs; "
					+ "404 for everyone else.")
	Object read(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String id) {
		PersonId personId = parse(id).orElseThrow(() -> new NotFoundException("No such person."));
		PersonAccess.View view = this.access.view(me, personId)
			.orElseThrow(() -> new NotFoundException("No such person."));
		Person person = this.people.find(personId).orElseThrow(() -> new NotFoundException("No such person."));
		return (view == PersonAccess.View.FULL) ? PersonJson.of(person) : PersonJson.Card.of(person);
	}

	@PatchMapping("/people/{id}")
	@Operation(summary = "Change profile fields of a person",
			description = "Only the fields present change; null clears an optional field. Only by the person "
					+ "and administrators: a committee member edits a participant's per-program profile, never the "
					+ "person (403).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
					content = @Content(schema = @Schema(implementation = PersonJson.Patch.class))))
	PersonJson update(@AuthenticationPrincipal TandemPrincipal me, @PathVariable String id,
			@RequestBody Map<String, @Nullable Object> body) {
		Person person = readable(me, id);
		if (!this.access.canEdit(me, person.id())) {
			throw new ForbiddenException("Your role does not allow changing this person.");
		}
		PersonEdit edit = PersonPatch.apply(body, PersonEdit.of(person));
		return PersonJson.of(this.people.update(person.id(), edit));
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
		if (query.length() > QUERY_MAX) {
			throw new InvalidInputException("query", "must be at most " + QUERY_MAX + " characters long");
		}
		PageResponse<Person> found = this.people.directory(query, Paging.of(page, size));
		Set<PersonId> full = this.access.shownInFull(me, found.items());
		return found.map((person) -> full.contains(person.id()) ? PersonJson.of(person) : PersonJson.Card.of(person));
	}

	@GetMapping("/me")
	@Operation(summary = "The caller, with their roles in programs")
	PersonJson.Me me(@AuthenticationPrincipal TandemPrincipal me) {
		Person person = this.people.find(new PersonId(me.personId()))
			.orElseThrow(() -> new NotFoundException("No such person."));
		return new PersonJson.Me(PersonJson.of(person), this.roles.rolesOf(me.personId()), me.admin());
	}

	private Person readable(TandemPrincipal me, String id) {
		return parse(id).filter((personId) -> this.access.view(me, personId).isPresent())
			.flatMap(this.people::find)
			.orElseThrow(() -> new NotFoundException("No such person."));
	}

	/**
	 * The id in a path; a malformed one is simply not found.
	 */
	static Optional<PersonId> parse(String id) {
		try {
			return Optional.of(new PersonId(UUID.fromString(id)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
