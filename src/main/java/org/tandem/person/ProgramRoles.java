package org.tandem.person;

import java.util.List;
import java.util.UUID;

/**
 * What the person feature needs to know about programs to decide who may see whom.
 * Implemented by the program feature, so that people do not depend on programs.
 */
public interface ProgramRoles {

	/**
	 * The person's active roles in programs.
	 */
	List<RoleInProgram> rolesOf(UUID personId);

	/**
	 * Whether {@code viewer} sits on the committee of a program in which {@code person}
	 * takes part (in any role, including an application).
	 */
	boolean isCommitteeFor(UUID viewer, UUID person);

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
