package org.tandem.program;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs and their participants as other features see them.
 */
@Service
public class Programs {

	private final ProgramRepository programs;

	private final ParticipantRepository participants;

	private final ProgramAccess access;

	private final Enrollment enrollment;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Programs(ProgramRepository programs, ParticipantRepository participants, ProgramAccess access,
			Enrollment enrollment, ApplicationEventPublisher events, Clock clock) {
		this.programs = programs;
		this.participants = participants;
		this.access = access;
		this.enrollment = enrollment;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The program, whoever asks; checks no access. Loaded once per GET request.
	 */
	public Optional<Program> find(ProgramId id) {
		return this.access.find(id);
	}

	public long count() {
		return this.programs.count();
	}

	/**
	 * Creates the program and publishes {@link ProgramCreated} in the same transaction.
	 * @throws InvalidInputException naming every setting that breaks a rule
	 */
	@Transactional
	public Program create(Program.Settings settings) {
		Program program = this.programs.save(Program.create(settings, this.clock.instant()));
		this.events.publishEvent(new ProgramCreated(program.id()));
		return program;
	}

	/**
	 * The person's participations in every program, applications included.
	 */
	public List<Participant> participationsOf(UUID personId) {
		return this.participants.findByPersonId(personId);
	}

	/**
	 * Enrolls a person as an active participant, without an application.
	 * @throws NotFoundException if the program does not exist
	 * @throws InvalidInputException if the person is unknown or the capacity or profile
	 * break a rule
	 * @throws ConflictException if the person already has this role in the program
	 */
	@Transactional
	public Participant enroll(ProgramId program, UUID personId, Role role, int capacity, Participant.Profile profile) {
		this.programs.findById(program.value()).orElseThrow(ProgramAccess::notFound);
		return this.enrollment.insert(program,
				new Enrollment.Request(personId, role, capacity, profile, ParticipantStatus.ACTIVE));
	}

	/**
	 * The programs with these ids, whoever asks; checks no access. A program loaded
	 * earlier in the same GET request is not loaded again.
	 */
	public List<Program> findAll(Collection<ProgramId> ids) {
		return this.access.findAll(ids);
	}

	/**
	 * Remembers a program that another feature's query read on the way
	 * ({@link ProgramRows}), so that {@link #find} and {@link #findAll} answer from it
	 * for the rest of the GET request; does nothing outside a GET request.
	 */
	public void remember(Program program) {
		this.access.remember(program);
	}

	/**
	 * The program, if the caller manages it: its committee or an administrator.
	 * @throws NotFoundException if the program does not exist or the caller may not see
	 * it
	 * @throws ForbiddenException if they see it but do not manage it
	 */
	public Program managedBy(ProgramId id, TandemPrincipal me) {
		return this.access.managed(id, me);
	}

	/**
	 * Whether the caller is an administrator or an active committee member of the
	 * program; never throws, also not for an unknown program.
	 */
	public boolean isManagedBy(ProgramId id, TandemPrincipal me) {
		return me.admin() || this.access.isCommittee(id, me.personId());
	}

	/**
	 * Locks the program's row until the caller's transaction ends: taken first by
	 * everything that starts pairings in the program, so concurrent publishes and hand
	 * pairings are serialized in one order and cannot deadlock.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lock(ProgramId program) {
		this.programs.lockById(program.value());
	}

	/**
	 * The person's participation in the program in this role, with a row lock held until
	 * the caller's transaction ends, so that decisions depending on it (a mentor's
	 * capacity) are taken one at a time.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<Participant> lockParticipant(ProgramId program, UUID personId, Role role) {
		return this.participants.lockByProgramIdAndPersonIdAndRole(program.value(), personId, role.name());
	}

	/**
	 * The active participants of the program in this role, oldest first, at most
	 * {@code limit}.
	 */
	public List<Participant> activeParticipants(ProgramId program, Role role, int limit) {
		return this.participants.findActiveByRole(program.value(), role.name(), limit);
	}

	/**
	 * The active mentors and mentees of the program with their names and places (nothing
	 * of their enrollment profile), oldest first, at most {@code limit} of each role, in
	 * one statement; checks no access. The read waits to travel with the request's other
	 * reads ({@code PipelinedReads}) and is sent by the first {@code get()} of any of
	 * them.
	 */
	public Supplier<List<Pairable>> activeMentorsAndMentees(ProgramId program, int limit) {
		return this.enrollment.activePairable(program, limit);
	}

	/**
	 * A new program; only administrators create programs.
	 * @throws ForbiddenException if the caller is not an administrator
	 */
	@Transactional
	public Program create(TandemPrincipal me, Program.Settings settings) {
		if (!me.admin()) {
			throw new ForbiddenException("Only an administrator creates programs.");
		}
		return create(settings);
	}

	/**
	 * Changes the settings of a program the caller manages; {@code change} gets the
	 * current settings and returns the new ones.
	 */
	@Transactional
	public Program update(ProgramId id, TandemPrincipal me, UnaryOperator<Program.Settings> change) {
		Program program = this.access.managed(id, me);
		program.change(change.apply(program.settings()));
		return this.programs.save(program);
	}

	/**
	 * The programs the caller may see, newest term first.
	 */
	public PageResponse<Program> visibleTo(TandemPrincipal me, Paging paging) {
		if (me.admin()) {
			return new PageResponse<>(this.programs.findPage(paging.size(), paging.offset()), paging.page(),
					paging.size(), this.programs.count());
		}
		return new PageResponse<>(this.programs.findVisiblePage(me.personId(), paging.size(), paging.offset()),
				paging.page(), paging.size(), this.programs.countVisible(me.personId()));
	}

}
