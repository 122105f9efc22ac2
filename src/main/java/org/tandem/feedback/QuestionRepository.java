package org.tandem.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tandem.program.ProgramId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code evaluation_question} table, in plain SQL: each program's questions.
 */
@Repository
class QuestionRepository {

	private static final String COLUMNS = "id, program_id, prompt, kind, applies_to, required, position, retired_at";

	private static final String ORDER = " order by position, created_at, id";

	private final JdbcClient jdbc;

	QuestionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Gives a new program its own copy of the default questions. */
	void copyDefaults(ProgramId program, Instant now) {
		this.jdbc.sql("""
				insert into evaluation_question (id, program_id, prompt, kind, applies_to, required, position,
				created_at)
				select gen_random_uuid(), :program, prompt, kind, applies_to, required, position, :now
				from default_evaluation_question""")
			.param("program", program.value())
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The program's questions still asked, in the committee's order. */
	List<EvaluationQuestion> active(ProgramId program, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from evaluation_question where program_id = :program and retired_at is null"
					+ ORDER + " limit :limit")
			.param("program", program.value())
			.param("limit", limit)
			.query((rs, row) -> map(rs))
			.list();
	}

	/** The program's questions of these ids, retired or not. */
	List<EvaluationQuestion> byIds(ProgramId program, Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("select " + COLUMNS + " from evaluation_question where program_id = :program and id in (:ids)" + ORDER)
			.param("program", program.value())
			.param("ids", ids)
			.query((rs, row) -> map(rs))
			.list();
	}

	long countActive(ProgramId program) {
		return this.jdbc
			.sql("select count(*) from evaluation_question where program_id = :program and retired_at is null")
			.param("program", program.value())
			.query(Long.class)
			.single();
	}

	Optional<EvaluationQuestion> lockActive(ProgramId program, EvaluationQuestionId id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from evaluation_question where program_id = :program and id = :id"
					+ " and retired_at is null for update")
			.param("program", program.value())
			.param("id", id.value())
			.query((rs, row) -> map(rs))
			.optional();
	}

	int nextPosition(ProgramId program) {
		return this.jdbc
			.sql("select coalesce(max(position), 0) + 1 from evaluation_question where program_id = :program")
			.param("program", program.value())
			.query(Integer.class)
			.single();
	}

	void insert(EvaluationQuestion question, Instant now) {
		this.jdbc.sql("""
				insert into evaluation_question (id, program_id, prompt, kind, applies_to, required, position,
				created_at) values (:id, :program, :prompt, :kind, :appliesTo, :required, :position, :now)""")
			.param("id", question.id().value())
			.param("program", question.programId().value())
			.param("prompt", question.prompt())
			.param("kind", question.kind().name())
			.param("appliesTo", question.appliesTo().name())
			.param("required", question.required())
			.param("position", question.position())
			.param("now", Timestamp.from(now))
			.update();
	}

	void update(EvaluationQuestion question) {
		this.jdbc.sql("""
				update evaluation_question set prompt = :prompt, applies_to = :appliesTo, required = :required,
				retired_at = :retiredAt where id = :id""")
			.param("id", question.id().value())
			.param("prompt", question.prompt())
			.param("appliesTo", question.appliesTo().name())
			.param("required", question.required())
			.param("retiredAt", (question.retiredAt() != null) ? Timestamp.from(question.retiredAt()) : null)
			.update();
	}

	private static EvaluationQuestion map(ResultSet rs) throws SQLException {
		Timestamp retiredAt = rs.getTimestamp("retired_at");
		return new EvaluationQuestion(new EvaluationQuestionId(rs.getObject("id", UUID.class)),
				new ProgramId(rs.getObject("program_id", UUID.class)), rs.getString("prompt"),
				QuestionKind.valueOf(rs.getString("kind")), QuestionScope.valueOf(rs.getString("applies_to")),
				rs.getBoolean("required"), rs.getInt("position"), (retiredAt != null) ? retiredAt.toInstant() : null);
	}

}
