package org.tandem.celebration;

import org.tandem.program.ParticipantStatus;
import org.tandem.program.Program;
import org.tandem.program.ProgramAccess;
import org.tandem.program.ProgramId;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who belongs to a program for its celebration and idea board: its active mentors,
 * mentees and committee members, and administrators. To anyone else, applicants and
 * people who only see the program while enrollment is open included, neither exists.
 */
@Component
class ProgramMembership {

	private final ProgramAccess access;

	ProgramMembership(ProgramAccess access) {
		this.access = access;
	}

	/**
	 * @throws NotFoundException unless the caller belongs to the program
	 */
	Member of(ProgramId id, TandemPrincipal me) {
		ProgramAccess.View view = this.access.view(id, me);
		if (!belongs(view)) {
			throw new NotFoundException("No such program.");
		}
		return new Member(view.program(), view.manages());
	}

	/**
	 * Whether the caller belongs to a program they may see; never throws for such a
	 * program.
	 * @throws NotFoundException if the caller may not even see the program
	 */
	boolean belongs(ProgramId id, TandemPrincipal me) {
		return belongs(this.access.view(id, me));
	}

	private static boolean belongs(ProgramAccess.View view) {
		return view.admin() || view.mine().stream().anyMatch((p) -> p.status() == ParticipantStatus.ACTIVE);
	}

	/**
	 * A program seen by one who belongs to it, and whether they manage it (its committee
	 * or an administrator).
	 */
	record Member(Program program, boolean manages) {

	}

}
