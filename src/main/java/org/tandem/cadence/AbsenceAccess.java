package org.tandem.cadence;

import java.util.Optional;

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
public class AbsenceAccess {

	/**
	 * How far a viewer may go with one person's absences.
	 */
	public enum Level {

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
	 * The viewer's level for the person, or empty when the viewer may not know about this
	 * person's absences or the person does not exist (both answered with a 404, so
	 * existence is not revealed).
	 */
	public Optional<Level> levelFor(TandemPrincipal viewer, PersonId person) {
		if (viewer.personId().equals(person.value())) {
			return Optional.of(Level.OWNER);
		}
		boolean overseer = viewer.admin() || this.roles.isCommitteeFor(viewer.personId(), person.value());
		return (overseer && this.people.exists(person)) ? Optional.of(Level.OVERSEER) : Optional.empty();
	}

}
