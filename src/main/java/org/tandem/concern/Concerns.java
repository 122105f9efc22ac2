package org.tandem.concern;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.PairingClosings;
import org.tandem.pairing.Pairings;
import org.tandem.program.ParticipantStatus;
import org.tandem.program.ProgramAccess;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.InvalidInputException.FieldError;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Concerns: a mentor or mentee of a program raises one with its committee; the author,
 * the committee and administrators read it, and only the committee and administrators
 * answer it. To anyone else, the other member of the pairing it names included, a concern
 * does not exist (404), and nothing about it is ever sent to them.
 */
@Service
public class Concerns {

	private final ConcernRepository concerns;

	private final ProgramAccess programAccess;

	private final Programs programs;

	private final Pairings pairings;

	private final PairingClosings closings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Concerns(ConcernRepository concerns, ProgramAccess programAccess, Programs programs, Pairings pairings,
			PairingClosings closings, ApplicationEventPublisher events, Clock clock) {
		this.closings = closings;
		this.concerns = concerns;
		this.programAccess = programAccess;
		this.programs = programs;
		this.pairings = pairings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Raises a concern with the program's committee.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException unless they are an active mentor or mentee of it
	 * @throws InvalidInputException naming every field that breaks a rule (a pairing that
	 * is not the caller's in this program among them)
	 */
	@Transactional
	public Concern raise(ProgramId programId, TandemPrincipal me, NewConcern request) {
		mayRaise(programId, me);
		List<FieldError> problems = new ArrayList<>();
		String body = ConcernRules.text(request.body(), "body", true, problems);
		PairingId pairing = null;
		if (request.pairingId() != null) {
			Optional<Pairing> found = this.pairings.find(new PairingId(request.pairingId()))
				.filter((p) -> p.programId().equals(programId) && p.hasMember(me.personId()));
			if (found.isEmpty()) {
				problems.add(new FieldError("pairingId", "is not one of your pairings in this program"));
			}
			else {
				pairing = found.get().id();
			}
		}
		boolean rematch = Boolean.TRUE.equals(request.rematch());
		if (rematch && request.pairingId() == null) {
			problems.add(new FieldError("rematch", "needs the pairing you want a new partner for (pairingId)"));
		}
		if (!problems.isEmpty() || body == null) {
			throw new InvalidInputException(problems);
		}
		Concern concern = Concern.raise(programId, pairing, me.personId(), body, rematch, this.clock.instant());
		this.concerns.insert(concern);
		this.events.publishEvent(new ConcernRaised(concern.id(), programId));
		return concern;
	}

	/**
	 * Checks that the caller may raise a concern in the program: an active mentor or
	 * mentee of it.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they see it but are no mentor or mentee of it
	 */
	public ProgramAccess.View mayRaise(ProgramId programId, TandemPrincipal me) {
		ProgramAccess.View view = this.programAccess.view(programId, me);
		boolean pairsIn = view.mine()
			.stream()
			.anyMatch((p) -> (p.role() == Role.MENTOR || p.role() == Role.MENTEE)
					&& p.status() == ParticipantStatus.ACTIVE);
		if (!pairsIn) {
			throw new ForbiddenException("Only the program's mentors and mentees raise concerns with its committee.");
		}
		return view;
	}

	/**
	 * The concern, for its author, the program's committee or an administrator.
	 * @throws NotFoundException for anyone else and for an unknown id
	 */
	@Transactional(readOnly = true)
	public Concern read(ConcernId id, TandemPrincipal me) {
		Concern concern = this.concerns.find(id).orElseThrow(Concerns::notFound);
		if (!concern.writtenBy(me.personId()) && !this.programs.isManagedBy(concern.programId(), me)) {
			throw notFound();
		}
		return concern;
	}

	/**
	 * Whether the caller answers concerns of the concern's program.
	 */
	public boolean answers(Concern concern, TandemPrincipal me) {
		return this.programs.isManagedBy(concern.programId(), me);
	}

	/**
	 * The committee has read the concern and is on it.
	 * @throws NotFoundException unless the caller is the author, the committee or an
	 * administrator
	 * @throws ForbiddenException for the author
	 * @throws ConflictException unless it is open
	 */
	@Transactional
	public Concern acknowledge(ConcernId id, TandemPrincipal me) {
		Concern concern = managed(id, me).acknowledge(this.clock.instant());
		this.concerns.update(concern);
		return concern;
	}

	/**
	 * The committee is done with the concern; the outcome (optional) is for the author
	 * and the committee.
	 * @throws NotFoundException unless the caller is the author, the committee or an
	 * administrator
	 * @throws ForbiddenException for the author
	 * @throws InvalidInputException if the outcome is too long or not text
	 * @throws ConflictException if it is resolved or rematched already
	 */
	@Transactional
	public Concern resolve(ConcernId id, TandemPrincipal me, @Nullable String outcome) {
		Concern concern = managed(id, me);
		List<FieldError> problems = new ArrayList<>();
		String text = ConcernRules.text(outcome, "outcome", false, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		concern = concern.close(ConcernStatus.RESOLVED, text, me.personId(), this.clock.instant());
		this.concerns.update(concern);
		return concern;
	}

	/**
	 * Ends the concern's pairing without fault ({@link PairingClosings#closeNoFault}),
	 * leaving its mentee free to be paired again, and reminds the committee to pair them.
	 * @throws NotFoundException unless the caller is the author, the committee or an
	 * administrator
	 * @throws ForbiddenException for the author
	 * @throws ConflictException if the concern names no pairing, is closed, or its
	 * pairing is closed already
	 */
	@Transactional
	public Concern rematch(ConcernId id, TandemPrincipal me) {
		Concern concern = managed(id, me);
		PairingId pairingId = concern.pairingId();
		if (pairingId == null) {
			throw new ConflictException("This concern names no pairing to end.");
		}
		concern = concern.close(ConcernStatus.REMATCHED, null, me.personId(), this.clock.instant());
		Pairing pairing = this.closings.closeNoFault(pairingId, me);
		this.concerns.update(concern);
		this.events
			.publishEvent(new ConcernRematched(concern.id(), concern.programId(), pairingId, pairing.menteeId()));
		return concern;
	}

	/**
	 * The program's concerns, open ones first, then the newest.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException unless they manage it
	 */
	@Transactional(readOnly = true)
	public PageResponse<Concern> ofProgram(ProgramId programId, TandemPrincipal me, Paging paging) {
		this.programs.managedBy(programId, me);
		return new PageResponse<>(this.concerns.ofProgram(programId, paging.size(), paging.offset()), paging.page(),
				paging.size(), this.concerns.countOfProgram(programId));
	}

	/**
	 * The concerns the caller raised, in every program, open ones first.
	 */
	@Transactional(readOnly = true)
	public PageResponse<Concern> mine(TandemPrincipal me, Paging paging) {
		return new PageResponse<>(this.concerns.ofAuthor(me.personId(), paging.size(), paging.offset()), paging.page(),
				paging.size(), this.concerns.countOfAuthor(me.personId()));
	}

	private Concern managed(ConcernId id, TandemPrincipal me) {
		Concern concern = this.concerns.lock(id).orElseThrow(Concerns::notFound);
		if (!this.programs.isManagedBy(concern.programId(), me)) {
			if (concern.writtenBy(me.personId())) {
				throw new ForbiddenException("Only the program's committee or an administrator answers a concern.");
			}
			throw notFound();
		}
		return concern;
	}

	private static NotFoundException notFound() {
		return new NotFoundException("No such concern.");
	}

}
