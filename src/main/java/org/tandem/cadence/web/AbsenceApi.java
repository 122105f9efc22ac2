package org.tandem.cadence.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.tandem.audit.Audited;
import org.tandem.cadence.Absence;
import org.tandem.cadence.AbsenceAccess;
import org.tandem.cadence.AbsenceId;
import org.tandem.cadence.Absences;
import org.tandem.person.PersonId;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Absences in the JSON API, under the person they belong to.
 */
@RestController
@RequestMapping("/api/v1/people/{id}/absences")
@Tag(name = "People")
class AbsenceApi {

	private final Absences absences;

	private final AbsenceAccess access;

	AbsenceApi(Absences absences, AbsenceAccess access) {
		this.absences = absences;
		this.access = access;
	}

	@Audited(value = "absence.record", target = "person {id}")
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Announce an absence of a person",
			description = "By the person, the committees of their programs and administrators; 404 for everyone "
					+ "else. An absence overlapping stored ones is merged with them into one range, which is "
					+ "returned. The note is returned only to the person, and only the person's own note is kept: "
					+ "a note sent on someone's behalf is not stored and never replaces theirs.")
	AbsenceJson announce(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PersonId id,
			@RequestBody AbsenceJson.Announce request) {
		AbsenceAccess.Level level = level(me, id);
		boolean owner = level == AbsenceAccess.Level.OWNER;
		// the note is the person's own words: what someone else writes never replaces it
		Absence stored = this.absences.announce(id.value(), request.from(), request.to(),
				owner ? request.note() : null);
		return AbsenceJson.of(stored, owner);
	}

	@GetMapping
	@Operation(summary = "The absences of a person, latest first",
			description = "Readable by the person, the committees of their programs and administrators; the note "
					+ "only by the person. 404 for everyone else.")
	PageResponse<AbsenceJson> list(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PersonId id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		AbsenceAccess.Level level = level(me, id);
		boolean withNote = level == AbsenceAccess.Level.OWNER;
		return this.absences.ofPerson(id.value(), Paging.of(page, size))
			.map((absence) -> AbsenceJson.of(absence, withNote));
	}

	@DeleteMapping("/{absenceId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Withdraw an absence (the person themself)")
	void withdraw(@AuthenticationPrincipal TandemPrincipal me, @PathVariable PersonId id,
			@PathVariable AbsenceId absenceId) {
		if (level(me, id) != AbsenceAccess.Level.OWNER) {
			throw new ForbiddenException("Only the person themself withdraws an absence.");
		}
		if (!this.absences.withdraw(me.personId(), absenceId)) {
			throw new NotFoundException("No such absence.");
		}
	}

	private AbsenceAccess.Level level(TandemPrincipal me, PersonId id) {
		return this.access.levelFor(me, id).orElseThrow(() -> new NotFoundException("No such person."));
	}

}
