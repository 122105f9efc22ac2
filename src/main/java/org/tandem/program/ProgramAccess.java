package org.tandem.program;

import java.util.List;

import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * Who may see and manage a program. A program is visible to administrators, to everyone
 * who takes part in it (applicants included) and, while enrollment is open, to every
 * signed-in person; to anyone else it does not exist. Its committee and administrators
 * manage it.
 */
@Component
public class ProgramAccess {

	private final ProgramRepository programs;

	private final ParticipantRepository participants;

	ProgramAccess(ProgramRepository programs, ParticipantRepository participants) {
		this.programs = programs;
		this.participants = participants;
	}

	/**
	 * @throws NotFoundException if the program does not exist or the caller may not see
	 * it
	 */
	public Program visible(ProgramId id, TandemPrincipal me) {
		return view(id, me).program();
	}

	/**
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they see it but do not manage it
	 */
	public Program managed(ProgramId id, TandemPrincipal me) {
		View view = view(id, me);
		if (!view.manages()) {
			throw new ForbiddenException("Only the program's committee or an administrator may do this.");
		}
		return view.program();
	}

	/**
	 * The program as the caller sees it, with their own participations in it.
	 * @throws NotFoundException if the caller may not see it
	 */
	public View view(ProgramId id, TandemPrincipal me) {
		Program program = this.programs.findById(id.value()).orElseThrow(ProgramAccess::notFound);
		List<Participant> mine = this.participants.findByProgramIdAndPersonId(id.value(), me.personId());
		if (!me.admin() && mine.isEmpty() && !program.enrollmentOpen()) {
			throw notFound();
		}
		return new View(program, mine, me.admin());
	}

	static NotFoundException notFound() {
		return new NotFoundException("No such program.");
	}

	/**
	 * A visible program, the caller's participations in it and whether they administer
	 * Tandem.
	 */
	public record View(Program program, List<Participant> mine, boolean admin) {

		public boolean manages() {
			return this.admin || has(Role.COMMITTEE);
		}

		/**
		 * Whether the caller is an active participant in any role.
		 */
		boolean takesPart() {
			return this.mine.stream().anyMatch((p) -> p.status() == ParticipantStatus.ACTIVE);
		}

		/**
		 * Whether the caller is an active mentor or mentee in the program.
		 */
		boolean pairsIn() {
			return has(Role.MENTOR) || has(Role.MENTEE);
		}

		/**
		 * Whether the caller may apply: enrollment is open and they have not applied or
		 * taken part as mentor or mentee yet.
		 */
		public boolean mayApply() {
			return this.program.enrollmentOpen()
					&& this.mine.stream().noneMatch((p) -> p.role() == Role.MENTOR || p.role() == Role.MENTEE);
		}

		private boolean has(Role role) {
			return this.mine.stream().anyMatch((p) -> p.role() == role && p.status() == ParticipantStatus.ACTIVE);
		}

	}

}
