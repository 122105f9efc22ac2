package org.tandem.program;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.RequestMemo;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see and manage a program. A program is visible to administrators, to everyone
 * who takes part in it (applicants included) and, while enrollment is open, to every
 * signed-in person; to anyone else it does not exist. Its committee and administrators
 * manage it.
 * <p>
 * Asked on every request, answered once per GET request however many sections of a page
 * ask ({@link RequestMemo}).
 */
@Component
public class ProgramAccess {

	/**
	 * The program with the person's participations in it (none: one row with nulls).
	 */
	private static final String SEEN = "select " + ProgramRows.COLUMNS + """
			, pa.id, pa.program_id, pa.person_id, pa.role, pa.status, pa.capacity, pa.expertise, pa.interests,
			  pa.goals, pa.meeting_formats, pa.location, pa.languages, pa.created_at, pa.version
			from program pr left join participant pa on pa.program_id = pr.id and pa.person_id = :person
			where pr.id = :id order by pa.created_at
			""";

	private final ProgramRepository programs;

	private final JdbcClient jdbc;

	private final PipelinedReads reads;

	ProgramAccess(ProgramRepository programs, JdbcClient jdbc, PipelinedReads reads) {
		this.reads = reads;
		this.programs = programs;
		this.jdbc = jdbc;
	}

	/**
	 * The program, whoever asks; checks no access. Loaded once per GET request.
	 */
	Optional<Program> find(ProgramId id) {
		return RequestMemo.get(List.of(Program.class, id), () -> this.programs.findById(id.value()));
	}

	/**
	 * The programs with these ids, in one statement for those not loaded earlier in this
	 * GET request.
	 */
	List<Program> findAll(Collection<ProgramId> ids) {
		return RequestMemo.getAll(Program.class, ids, Program::id,
				(missing) -> this.programs.findAllById(missing.stream().map(ProgramId::value).toList()));
	}

	/**
	 * Remembers a program that another query read on the way, so that {@link #find} and
	 * {@link #findAll} answer from it for the rest of the GET request.
	 */
	void remember(Program program) {
		RequestMemo.put(List.of(Program.class, program.id()), Optional.of(program));
	}

	/**
	 * Whether the person is an active member of the program's committee: one indexed
	 * {@code exists}, asked once per GET request.
	 */
	boolean isCommittee(ProgramId id, UUID personId) {
		return RequestMemo.get(List.of(Role.COMMITTEE, id, personId), () -> this.jdbc.sql("""
				select exists (select 1 from participant where program_id = :program and person_id = :person
				  and role = 'COMMITTEE' and status = 'ACTIVE')
				""").param("program", id.value()).param("person", personId).query(Boolean.class).single());
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
		Seen seen = RequestMemo.get(List.of(Seen.class, id, me.personId()), () -> load(id, me.personId()));
		if (seen == null || (!me.admin() && seen.mine().isEmpty() && !seen.program().enrollmentOpen())) {
			throw notFound();
		}
		return new View(seen.program(), seen.mine(), me.admin());
	}

	/**
	 * The program and the person's participations in it, oldest first, in one statement;
	 * {@code null} for an unknown program.
	 */
	private @Nullable Seen load(ProgramId id, UUID personId) {
		Seen seen = this.reads.query(SEEN, Map.of("id", id.value(), "person", personId), (rs) -> {
			Program program = null;
			List<Participant> mine = new ArrayList<>();
			while (rs.next()) {
				if (program == null) {
					program = ProgramRows.program(rs);
				}
				if (rs.getObject("id", UUID.class) != null) {
					mine.add(participant(rs));
				}
			}
			return (program != null) ? new Seen(program, List.copyOf(mine)) : null;
		}).get();
		if (seen != null) {
			RequestMemo.put(List.of(Program.class, id), Optional.of(seen.program()));
		}
		return seen;
	}

	/**
	 * A participant from a row of explicit SQL with the table's columns by their names.
	 */
	static Participant participant(ResultSet rs) throws SQLException {
		return Participant.restore(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class),
				rs.getObject("person_id", UUID.class), Role.valueOf(rs.getString("role")),
				ParticipantStatus.valueOf(rs.getString("status")), rs.getInt("capacity"),
				new Participant.Profile(texts(rs, "expertise"), texts(rs, "interests"), rs.getString("goals"),
						texts(rs, "meeting_formats"), rs.getString("location"), texts(rs, "languages")),
				rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}

	private static List<String> texts(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array == null) ? List.of() : List.of((String[]) array.getArray());
	}

	/** A program and the caller's participations in it. */
	private record Seen(Program program, List<Participant> mine) {

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
