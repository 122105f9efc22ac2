package org.tandem.person;

import java.util.UUID;

import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who may see and change whom. A person is readable by themself, administrators, the
 * committees of the programs they take part in, their partners in a pairing, and any
 * committee member while they take part in no program (so that committees can find people
 * to enroll).
 */
@Component
class PersonAccess {

	private final ProgramRoles roles;

	private final Partnerships partnerships;

	PersonAccess(ProgramRoles roles, Partnerships partnerships) {
		this.roles = roles;
		this.partnerships = partnerships;
	}

	/**
	 * Administrators and committee members create, import and list people.
	 */
	boolean canManage(TandemPrincipal viewer) {
		return viewer.admin() || this.roles.isCommitteeMember(viewer.personId());
	}

	boolean canRead(TandemPrincipal viewer, PersonId person) {
		return canEdit(viewer, person) || this.partnerships.arePartners(viewer.personId(), person.value())
				|| (this.roles.isCommitteeMember(viewer.personId()) && !this.roles.takesPart(person.value()));
	}

	boolean canEdit(TandemPrincipal viewer, PersonId person) {
		UUID id = person.value();
		return viewer.personId().equals(id) || viewer.admin() || this.roles.isCommitteeFor(viewer.personId(), id);
	}

}
