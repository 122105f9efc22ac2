package org.tandem.pairing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's closings: one pairing without fault (a rematch), and every pairing
 * still active once the program's term has ended. A member's own close is
 * {@link Pairings#close}.
 */
@Service
public class PairingClosings {

	private final PairingRepository pairings;

	private final PairingAccess access;

	private final Programs programs;

	private final ApplicationEventPublisher events;

	private final CloseReasons closeReasons;

	private final Clock clock;

	PairingClosings(PairingRepository pairings, PairingAccess access, Programs programs,
			ApplicationEventPublisher events, CloseReasons closeReasons, Clock clock) {
		this.pairings = pairings;
		this.access = access;
		this.programs = programs;
		this.events = events;
		this.closeReasons = closeReasons;
		this.clock = clock;
	}

	/**
	 * The reason every no-fault close stores: it names no one and gives no cause, so
	 * nothing of why the committee ended the pairing reaches either member.
	 */
	public static final String NO_FAULT_REASON = "The program committee ended this pairing. It is a no-fault "
			+ "ending: nobody is to blame, and either of you may be paired again.";

	/**
	 * The reason stored when the committee closes what is left active at the term's end.
	 */
	public static final String TERM_END_REASON = "The program's term has ended.";

	/** More active pairings than a program has; a bound, not a rule. */
	static final int MAX_ACTIVE_IN_PROGRAM = 10_000;

	/**
	 * Ends the pairing today without fault (the program's committee or an administrator):
	 * the stored reason is {@link #NO_FAULT_REASON}, whatever led to it, and its mentee
	 * is free to be paired again.
	 * @throws NotFoundException if the caller may not see the pairing
	 * @throws ForbiddenException if they do not manage its program
	 * @throws ConflictException if it is closed already
	 */
	@Transactional
	public Pairing closeNoFault(PairingId id, TandemPrincipal me) {
		PairingAccess.Viewing viewing = this.access.visibleForUpdate(id, me);
		if (!viewing.manages()) {
			throw new ForbiddenException("Only the program's committee or an administrator may do this.");
		}
		return closeAs(viewing.pairing(), NO_FAULT_REASON, me.personId());
	}

	/**
	 * Closes every pairing of the program still active, on or after the last day of its
	 * term, in one transaction (the program's committee or an administrator).
	 * @return how many pairings it closed
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 * @throws ConflictException before the term's last day
	 */
	@Transactional
	public int closeRemaining(ProgramId programId, TandemPrincipal me) {
		Program program = this.programs.managedBy(programId, me);
		if (!termEnded(program)) {
			throw new ConflictException("The term of " + program.name() + " ends on " + program.endsOn()
					+ ": its pairings are closed together from that day.");
		}
		// the program's row first, as everything that starts pairings in it takes it
		this.programs.lock(programId);
		int closed = 0;
		for (Pairing active : this.pairings.findActiveOfProgram(programId.value(), MAX_ACTIVE_IN_PROGRAM)) {
			Pairing pairing = this.pairings.lockById(active.id().value()).orElseThrow(PairingAccess::notFound);
			if (!pairing.closed()) {
				closeAs(pairing, TERM_END_REASON, me.personId());
				closed++;
			}
		}
		return closed;
	}

	/**
	 * Whether the program's term has reached its last day (that day included).
	 */
	public boolean termEnded(Program program) {
		return !LocalDate.now(this.clock).isBefore(program.endsOn());
	}

	private Pairing closeAs(Pairing pairing, String reason, UUID by) {
		pairing.close(this.closeReasons.encrypt(pairing.id(), reason), by, this.clock);
		Pairing saved = this.pairings.save(pairing);
		this.events.publishEvent(new PairingClosed(saved.id(), by));
		return saved;
	}

}
