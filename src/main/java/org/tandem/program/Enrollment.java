package org.tandem.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.person.People;
import org.tandem.person.PersonId;
import org.tandem.shared.database.PageWithTotal;
import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.database.SqlLiterals;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a program: the committee adds people, people apply while enrollment
 * is open, the committee approves or declines applications. Every method checks the
 * caller's access first, so a program the caller may not see is a 404 before any input is
 * judged.
 */
@Service
public class Enrollment {

	private final ParticipantRepository participants;

	private final ProgramAccess access;

	private final People people;

	private final Clock clock;

	private final PipelinedReads reads;

	Enrollment(ParticipantRepository participants, ProgramAccess access, People people, Clock clock,
			PipelinedReads reads) {
		this.reads = reads;
		this.participants = participants;
		this.access = access;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * The committee (or an administrator) adds someone; only administrators appoint
	 * committee members.
	 */
	@Transactional
	public Participant add(ProgramId programId, TandemPrincipal me, Request request) {
		this.access.managed(programId, me);
		if (request.role() == Role.COMMITTEE && !me.admin()) {
			throw new ForbiddenException("Only an administrator appoints committee members.");
		}
		return insert(programId, request.withStatus(ParticipantStatus.ACTIVE));
	}

	/**
	 * The caller applies to take part as mentor or mentee.
	 * @throws ConflictException if enrollment is closed or they already applied or take
	 * part as mentor or mentee
	 */
	@Transactional
	public Participant apply(ProgramId programId, TandemPrincipal me, Role role, @Nullable Integer capacity,
			Participant.Profile profile) {
		ProgramAccess.View view = this.access.view(programId, me);
		if (role == Role.COMMITTEE) {
			throw new InvalidInputException("role", "must be MENTOR or MENTEE");
		}
		if (!view.program().enrollmentOpen()) {
			throw new ConflictException("Enrollment in this program is closed.");
		}
		if (!view.mayApply()) {
			throw new ConflictException("You have already applied to or take part in this program.");
		}
		return insert(programId, new Request(me.personId(), role, capacity, profile, ParticipantStatus.APPLIED));
	}

	/**
	 * Approves or declines an application.
	 * @throws NotFoundException if the participant is not one of this program's
	 * @throws ConflictException if it is not an application
	 */
	@Transactional
	public Participant decide(ProgramId programId, UUID participantId, TandemPrincipal me, boolean approve) {
		Participant participant = find(programId, participantId, me);
		if (approve) {
			participant.approve();
		}
		else {
			participant.decline();
		}
		return this.participants.save(participant);
	}

	/**
	 * One participant of a program the caller manages.
	 * @throws NotFoundException if it is not one of this program's
	 */
	public Participant find(ProgramId programId, UUID participantId, TandemPrincipal me) {
		this.access.managed(programId, me);
		return this.participants.findByIdAndProgramId(participantId, programId.value())
			.orElseThrow(() -> new NotFoundException("No such participant."));
	}

	/**
	 * The committee and administrators see everyone, applications included; active
	 * mentors and mentees see the active participants; anyone else gets a 404.
	 */
	public PageResponse<Participant> list(ProgramId programId, TandemPrincipal me, Paging paging) {
		ProgramAccess.View view = this.access.view(programId, me);
		UUID id = programId.value();
		if (view.manages()) {
			return page(id, paging, (rs, row) -> ProgramAccess.participant(rs)).get();
		}
		if (view.pairsIn()) {
			return new PageResponse<>(this.participants.findActivePage(id, paging.size(), paging.offset()),
					paging.page(), paging.size(), this.participants.countActive(id));
		}
		throw ProgramAccess.notFound();
	}

	/**
	 * A page of all the participants of a program the caller manages, applications
	 * included, with each person's name and email, in one statement (for the committee's
	 * table on the program page). Access is checked at once; the read then waits to
	 * travel with the request's other reads ({@link PipelinedReads}) and is sent by the
	 * first {@code get()} of any of them.
	 * @throws NotFoundException if the caller may not see the program
	 * @throws ForbiddenException if they see it but do not manage it
	 */
	public Supplier<PageResponse<NamedParticipant>> listNamed(ProgramId programId, TandemPrincipal me, Paging paging) {
		this.access.managed(programId, me);
		return page(programId.value(), paging, (rs, row) -> named(rs));
	}

	/**
	 * The active mentors and mentees of the program with their names, oldest first, at
	 * most {@code limit} of each role, in one statement; checks no access. The read waits
	 * to travel with the request's other reads ({@link PipelinedReads}).
	 */
	Supplier<List<Pairable>> activePairable(ProgramId programId, int limit) {
		return this.reads.list("""
				select person_id, role, capacity, person_name from (
				  select p.person_id, p.role, p.capacity, p.created_at, p.id, pe.name as person_name,
				    row_number() over (partition by p.role order by p.created_at, p.id) as rank_in_role
				  from participant p left join person pe on pe.id = p.person_id
				  where p.program_id = %s and p.role in ('MENTOR', 'MENTEE') and p.status = 'ACTIVE') ranked
				where rank_in_role <= :limit order by created_at, id
				""".formatted(SqlLiterals.uuid(programId.value())), Map.of("limit", limit),
				(rs, row) -> new Pairable(rs.getObject("person_id", UUID.class), Role.valueOf(rs.getString("role")),
						rs.getInt("capacity"), nonNull(rs.getString("person_name"))));
	}

	private static NamedParticipant named(ResultSet rs) throws SQLException {
		return new NamedParticipant(ProgramAccess.participant(rs), nonNull(rs.getString("person_name")),
				nonNull(rs.getString("person_email")));
	}

	/**
	 * A page of all the program's participants, oldest first, with the person's name and
	 * email and the total in the same statement (only a page past the end counts apart),
	 * read with the request's other waiting reads.
	 */
	private <T> Supplier<PageResponse<T>> page(UUID id, Paging paging, RowMapper<T> rows) {
		return PageWithTotal.read(this.reads, """
				select p.*, pe.name as person_name, pe.email as person_email, count(*) over () as total
				from participant p left join person pe on pe.id = p.person_id where p.program_id = %s
				order by p.created_at, p.id limit :limit offset :offset""".formatted(SqlLiterals.uuid(id)), Map.of(),
				paging, rows, () -> this.participants.countByProgramId(id));
	}

	private static String nonNull(@Nullable String text) {
		return (text == null) ? "" : text;
	}

	/**
	 * Writes a participation after checking the person, capacity and profile. A duplicate
	 * that slips past the check in a concurrent request is caught by the unique
	 * constraint and answered the same way.
	 */
	Participant insert(ProgramId programId, Request request) {
		List<InvalidInputException.FieldError> problems = new ArrayList<>();
		if (!this.people.exists(new PersonId(request.personId()))) {
			problems.add(new InvalidInputException.FieldError("personId", "is not a known person"));
		}
		int capacity = ProfileRules.capacity(request.role(), request.capacity(), problems);
		Participant.Profile profile = ProfileRules.normalize(request.profile(), problems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (this.participants.findByProgramIdAndPersonIdAndRole(programId.value(), request.personId(), request.role())
			.isPresent()) {
			throw duplicate();
		}
		try {
			return this.participants.save(Participant.create(programId.value(), request.personId(), request.role(),
					request.status(), capacity, profile, this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw duplicate();
		}
	}

	private static ConflictException duplicate() {
		return new ConflictException("personId", "This person already has this role in the program.");
	}

	/**
	 * A participation to write: who, in which role, with which capacity (mentors; null
	 * for the default) and profile.
	 */
	public record Request(UUID personId, Role role, @Nullable Integer capacity, Participant.Profile profile,
			ParticipantStatus status) {

		Request withStatus(ParticipantStatus status) {
			return new Request(this.personId, this.role, this.capacity, this.profile, status);
		}

	}

}
