package org.tandem.person;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What the person feature needs to know about programs to decide who may see whom.
 * Implemented by the program feature, so that people do not depend on programs.
 */
public interface ProgramRoles {

	/**
	 * The person's active roles in programs, read with the page's other reads when first
	 * asked for.
	 */
	Supplier<List<RoleInProgram>> rolesOf(UUID personId);

	/**
	 * Whether {@code viewer} sits on the committee of a program in which {@code person}
	 * is an active mentor or mentee. Never true for an administrator or a committee
	 * member of any program, nor for the viewer themself.
	 */
	boolean isCommitteeFor(UUID viewer, UUID person);

	/**
	 * Those of {@code people} who take part, in any role or as applicants, in a program
	 * whose committee {@code viewer} sits on: the people whose whole profile that
	 * committee reads. One query.
	 */
	Set<UUID> inProgramsRunBy(UUID viewer, Collection<UUID> people);

	/**
	 * Whether the person sits on the committee of any program.
	 */
	boolean isCommitteeMember(UUID personId);

	/**
	 * Whether the person takes part in any program, in any role or as an applicant.
	 */
	boolean takesPart(UUID personId);

	/**
	 * A person's role in one program.
	 */
	record RoleInProgram(UUID programId, String role) {
	}

}
