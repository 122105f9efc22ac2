package org.tandem.pairing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.Cadence;
import org.tandem.program.Participant;
import org.tandem.program.Program;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pairings as other features see them: starting one (the committee), closing one (the
 * committee or either member), and recording contacts (the meetings feature).
 */
@Service
public class Pairings {

	private final PairingRepository pairings;

	private final PairingAccess access;

	private final Programs programs;

	private final ApplicationEventPublisher events;

	private final PairingCadence cadence;

	private final CloseReasons closeReasons;

	private final Clock clock;

	private final MyPairings mine;

	Pairings(PairingRepository pairings, PairingAccess access, Programs programs, ApplicationEventPublisher events,
			PairingCadence cadence, CloseReasons closeReasons, Clock clock, MyPairings mine) {
		this.mine = mine;
		this.cadence = cadence;
		this.closeReasons = closeReasons;
		this.pairings = pairings;
		this.access = access;
		this.programs = programs;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The pairing, whoever asks; checks no access. Loaded once per GET request.
	 */
	public Optional<Pairing> find(PairingId id) {
		return this.access.find(id);
	}

	/**
	 * Pairs an active mentor and an active mentee of the program. The mentor's
	 * participation stays locked until the pairing is written, so concurrent requests
	 * never take the mentor past their capacity.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 * @throws InvalidInputException naming every field that breaks a rule
	 * @throws ConflictException if the mentor's capacity is full or the mentee is paired
	 * already
	 */
	@Transactional
	public Pairing start(ProgramId programId, TandemPrincipal me, NewPairing request) {
		Program program = this.programs.managedBy(programId, me);
		LocalDate today = LocalDate.now(this.clock);
		List<FieldError> problems = new ArrayList<>(PairingRules.inputProblems(request, program, today));
		UUID mentorId = request.mentorId();
		UUID menteeId = request.menteeId();
		if (!problems.isEmpty() || mentorId == null || menteeId == null) {
			throw new InvalidInputException(problems);
		}
		// The program first, then the mentor's row, then the mentee's: one order, so no
		// deadlock between hand pairings and published runs.
		this.programs.lock(programId);
		Participant mentor = this.programs.lockParticipant(programId, mentorId, Role.MENTOR).orElse(null);
		Participant mentee = this.programs.lockParticipant(programId, menteeId, Role.MENTEE).orElse(null);
		addIfPresent(problems, PairingRules.participantProblem(mentor, "mentorId", "mentor"));
		addIfPresent(problems, PairingRules.participantProblem(mentee, "menteeId", "mentee"));
		if (!problems.isEmpty() || mentor == null) {
			throw new InvalidInputException(problems);
		}
		checkConflicts(programId, mentor, menteeId);
		Pairing pairing = Pairing.start(programId, mentorId, menteeId,
				(request.startedOn() != null) ? request.startedOn() : today, this.clock.instant());
		pairing = insert(pairing);
		this.events.publishEvent(new PairingStarted(pairing.id(), programId, mentorId, menteeId, pairing.startedOn()));
		return pairing;
	}

	private void checkConflicts(ProgramId programId, Participant mentor, UUID menteeId) {
		Optional<Pairing> menteePairing = this.pairings.findActiveOfMentee(programId.value(), menteeId);
		if (menteePairing.isPresent() && menteePairing.get().mentorId().equals(mentor.personId())) {
			throw new ConflictException("menteeId", "This mentor and mentee are already paired.");
		}
		if (menteePairing.isPresent()) {
			throw new ConflictException("menteeId", "The mentee already has an active pairing in this program.");
		}
		int load = this.pairings.countActiveOfMentor(programId.value(), mentor.personId());
		if (load >= mentor.capacity()) {
			throw new ConflictException("mentorId",
					"The mentor's capacity is full (" + load + " of " + mentor.capacity() + " mentees).");
		}
	}

	private Pairing insert(Pairing pairing) {
		try {
			return this.pairings.save(pairing);
		}
		catch (RuntimeException ex) {
			if (duplicate(ex)) {
				// the unique index on active mentees caught a race the locks did not
				// cover
				throw new ConflictException("menteeId", "The mentee already has an active pairing in this program.");
			}
			throw ex;
		}
	}

	private static boolean duplicate(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DuplicateKeyException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The pairing, if the caller is its mentor or mentee, on the program's committee, or
	 * an administrator.
	 * @throws NotFoundException otherwise, and for an unknown id
	 */
	public Pairing visible(PairingId id, TandemPrincipal me) {
		return this.access.visible(id, me).pairing();
	}

	/**
	 * Ends the pairing today (the committee, an administrator or either member).
	 * @throws NotFoundException if the caller may not see the pairing
	 * @throws InvalidInputException if the reason is blank or too long
	 * @throws ConflictException if it is closed already
	 */
	@Transactional
	public Pairing close(PairingId id, TandemPrincipal me, @Nullable String reason) {
		Pairing pairing = this.access.visibleForUpdate(id, me).pairing();
		pairing.close(this.closeReasons.encrypt(id, PairingRules.validReason(reason)), me.personId(), this.clock);
		pairing = this.pairings.save(pairing);
		this.events.publishEvent(new PairingClosed(pairing.id(), me.personId()));
		return pairing;
	}

	/** The most active pairings a page counts one by one. */
	public static final int MAX_ACTIVE_SHOWN = 1000;

	/**
	 * The pairing, with its row locked until the caller's transaction ends, if it is
	 * still active. A change that must not land on a closed pairing (a meeting, the
	 * agreement) takes this lock first; {@link #close} takes the same lock, so the change
	 * either commits before the close or sees the pairing closed.
	 * @param closedMessage what the 409 says when the pairing is closed
	 * @throws NotFoundException if the caller may not see the pairing
	 * @throws ConflictException if it is closed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Pairing lockActive(PairingId id, TandemPrincipal me, String closedMessage) {
		Pairing pairing = this.access.visibleForUpdate(id, me).pairing();
		if (pairing.closed()) {
			throw new ConflictException(closedMessage);
		}
		return pairing;
	}

	/**
	 * Counts a contact of the pair on this day (first and latest contact). Contacts of a
	 * closed pairing still count: a meeting logged late happened all the same.
	 * @throws NotFoundException if there is no such pairing
	 */
	@Transactional
	public Pairing recordContact(PairingId id, LocalDate day) {
		Pairing pairing = this.pairings.lockById(id.value()).orElseThrow(PairingAccess::notFound);
		pairing.recordContact(day);
		return this.pairings.save(pairing);
	}

	/**
	 * The caller's pairings as mentor or mentee, active first, then the newest; their
	 * programs and the absences for their cadences are remembered for the GET request.
	 */
	public PageResponse<Pairing> mine(TandemPrincipal me, Paging paging) {
		return this.mine.page(me, paging);
	}

	/**
	 * All pairings of a program the caller manages, active first, then the newest.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they do not manage it
	 */
	public PageResponse<Pairing> ofProgram(ProgramId programId, TandemPrincipal me, Paging paging) {
		this.programs.managedBy(programId, me);
		return new PageResponse<>(this.pairings.findPageOfProgram(programId.value(), paging.size(), paging.offset()),
				paging.page(), paging.size(), this.pairings.countByProgramId(programId.value()));
	}

	/**
	 * One page of the active pairings of all programs, in a stable order, for jobs that
	 * visit every pairing (such as reminders); not for pages, as it checks no access.
	 */
	public List<Pairing> activePage(int limit, long offset) {
		return this.pairings.findActivePage(limit, offset);
	}

	/**
	 * The person's active pairings as mentor or mentee, oldest first, at most
	 * {@code limit}; checks no access.
	 */
	public List<Pairing> activeOf(UUID personId, int limit) {
		return this.pairings.findActiveOfPerson(personId, limit);
	}

	/**
	 * The active pairings of the program, at most {@code limit}; checks no access.
	 */
	public List<Pairing> activeInProgram(ProgramId programId, int limit) {
		return this.pairings.findActiveOfProgram(programId.value(), limit);
	}

	/**
	 * Every pairing, in any program, active or closed, between two of the people given
	 * (in either role), at most {@code limit}; checks no access.
	 */
	public List<Pairing> between(Collection<UUID> people, int limit) {
		if (people.isEmpty()) {
			return List.of();
		}
		return this.pairings.findBetween(people, limit);
	}

	/**
	 * The cadences today of the given pairings, with one query for all absences; checks
	 * no access.
	 */
	public Map<PairingId, Cadence> cadencesOf(Collection<Pairing> pairings) {
		Set<ProgramId> ids = pairings.stream().map(Pairing::programId).collect(Collectors.toSet());
		Map<ProgramId, Program> programsById = this.programs.findAll(ids)
			.stream()
			.collect(Collectors.toMap(Program::id, Function.identity()));
		return this.cadence.ofAll(pairings, programsById);
	}

	private static void addIfPresent(List<FieldError> problems, @Nullable FieldError problem) {
		if (problem != null) {
			problems.add(problem);
		}
	}

}
