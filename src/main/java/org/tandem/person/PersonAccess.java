package org.tandem.person;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who may see and change whom. A person is readable in full by themself, administrators,
 * the committees of the programs they take part in and their partners in a pairing; any
 * committee member sees the directory card (name, email, title, department) of someone
 * who takes part in no program, so that committees can find people to enroll. Only the
 * person and administrators change a person.
 */
@Component
class PersonAccess {

	/**
	 * How much of a person a viewer sees.
	 */
	enum View {

		/** The whole profile. */
		FULL,
		/** The directory card only: see {@link Person#directoryCard()}. */
		CARD

	}

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

	/**
	 * What the viewer sees of the person, or empty when they may not know of them.
	 */
	Optional<View> view(TandemPrincipal viewer, PersonId person) {
		UUID id = person.value();
		if (canEdit(viewer, person) || this.partnerships.arePartners(viewer.personId(), id)) {
			return Optional.of(View.FULL);
		}
		if (!this.roles.isCommitteeMember(viewer.personId())) {
			return Optional.empty();
		}
		if (!this.roles.inProgramsRunBy(viewer.personId(), List.of(id)).isEmpty()) {
			return Optional.of(View.FULL);
		}
		return this.roles.takesPart(id) ? Optional.empty() : Optional.of(View.CARD);
	}

	/**
	 * Those of a directory page whom the viewer sees in full: everyone for an
	 * administrator, the people in the programs a committee member runs; the others are
	 * shown as cards. One query for the page.
	 */
	Set<PersonId> shownInFull(TandemPrincipal viewer, List<Person> page) {
		if (viewer.admin()) {
			return page.stream().map(Person::id).collect(Collectors.toSet());
		}
		Set<UUID> full = this.roles.inProgramsRunBy(viewer.personId(),
				page.stream().map((person) -> person.id().value()).toList());
		return full.stream().map(PersonId::new).collect(Collectors.toSet());
	}

	/**
	 * A person's account and profile are theirs: a committee member edits only the
	 * per-program profile of a participant, never the person.
	 */
	boolean canEdit(TandemPrincipal viewer, PersonId person) {
		return viewer.personId().equals(person.value()) || viewer.admin();
	}

}
