package org.tandem.person;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.tandem.shared.kernel.ForbiddenException;
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
public class PersonAccess {

	/**
	 * How much of a person a viewer sees.
	 */
	public enum View {

		/** The whole profile. */
		FULL,
		/** The directory card only: see {@link Person#directoryCard()}. */
		CARD

	}

	private final ProgramRoles roles;

	private final Partnerships partnerships;

	private final PersonRepository repository;

	PersonAccess(ProgramRoles roles, Partnerships partnerships, PersonRepository repository) {
		this.roles = roles;
		this.partnerships = partnerships;
		this.repository = repository;
	}

	/**
	 * Administrators and committee members create, import and list people.
	 */
	public boolean canManage(TandemPrincipal viewer) {
		return viewer.admin() || this.roles.isCommitteeMember(viewer.personId());
	}

	/**
	 * @throws ForbiddenException unless the viewer may manage people
	 */
	public void requireManager(TandemPrincipal viewer) {
		if (!canManage(viewer)) {
			throw new ForbiddenException("Only administrators and committee members manage people.");
		}
	}

	/**
	 * The person as far as the viewer may read them (the whole person or their directory
	 * card), or empty when the viewer may not know whether they exist.
	 */
	public Optional<Person> readable(TandemPrincipal viewer, PersonId person) {
		return view(viewer, person).flatMap((view) -> this.repository.findById(person.value())
			.map((found) -> (view == View.FULL) ? found : found.directoryCard()));
	}

	/**
	 * What the viewer sees of the person, or empty when they may not know of them.
	 */
	public Optional<View> view(TandemPrincipal viewer, PersonId person) {
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
	public Set<PersonId> shownInFull(TandemPrincipal viewer, List<Person> page) {
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
	public boolean canEdit(TandemPrincipal viewer, PersonId person) {
		return viewer.personId().equals(person.value()) || viewer.admin();
	}

}
