package org.tandem.cadence;

import java.util.Optional;
import java.util.UUID;

import org.tandem.person.People;
import org.tandem.person.PersonId;
import org.tandem.person.ProgramRoles;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who may see and announce whose absences: the person themself, the committees of the
 * programs they take part in, and administrators. Only the person themself reads the
 * notes and withdraws an absence.
 */
@Component
class AbsenceAccess {

	/**
	 * How far a viewer may go with one person's absences.
	 */
	enum Level {

		/** The person themself: everything, notes included. */
		OWNER,
		/**
		 * Their committee or an administrator: dates only, and announcing on the person's
		 * behalf.
		 */
		OVERSEER

	}

	private final ProgramRoles roles;

	private final People people;

	AbsenceAccess(ProgramRoles roles, People people) {
		this.roles = roles;
		this.people = people;
	}

	/**
	 * The viewer's level for the person behind a path id, or empty when the viewer may
	 * not know about this person's absences or the person does not exist (both answered
	 * with a 404, so existence is not revealed).
	 */
	Optional<Level> levelFor(TandemPrincipal viewer, String personId) {
		Optional<UUID> id = parse(personId);
		if (id.isEmpty()) {
			return Optional.empty();
		}
		UUID person = id.get();
		if (viewer.personId().equals(person)) {
			return Optional.of(Level.OWNER);
		}
		boolean overseer = viewer.admin() || this.roles.isCommitteeFor(viewer.personId(), person);
		return (overseer && this.people.exists(new PersonId(person))) ? Optional.of(Level.OVERSEER) : Optional.empty();
	}

	static Optional<UUID> parse(String id) {
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
