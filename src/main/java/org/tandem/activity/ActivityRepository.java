package org.tandem.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tandem.program.ProgramId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code program_activity} table, in plain SQL: each program's catalogue.
 */
@Repository
class ActivityRepository {

	static final String COLUMNS = "a.id, a.program_id, a.title, a.description, a.position, a.retired_at";

	/** The catalogue's order; the id breaks ties of two activities added at once. */
	static final String ORDER = "order by a.position, a.created_at, a.id";

	private final JdbcClient jdbc;

	ActivityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Gives a new program its own copy of the default activities.
	 */
	void copyDefaults(ProgramId program, Instant now) {
		this.jdbc.sql("""
				insert into program_activity (id, program_id, title, description, position, created_at)
				select gen_random_uuid(), :program, title, description, position, :now from default_activity
				""").param("program", program.value()).param("now", Timestamp.from(now)).update();
	}

	/**
	 * The program's activities still suggested, in the catalogue's order, at most
	 * {@code limit}.
	 */
	List<Activity> active(ProgramId program, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from program_activity a where a.program_id = :program"
					+ " and a.retired_at is null " + ORDER + " limit :limit")
			.param("program", program.value())
			.param("limit", limit)
			.query((rs, row) -> map(rs))
			.list();
	}

	long countActive(ProgramId program) {
		return this.jdbc.sql("select count(*) from program_activity where program_id = :program and retired_at is null")
			.param("program", program.value())
			.query(Long.class)
			.single();
	}

	/**
	 * The activity if it is still suggested by this program, its row locked until the
	 * transaction ends.
	 */
	Optional<Activity> lockActive(ProgramId program, ActivityId id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from program_activity a where a.program_id = :program and a.id = :id"
					+ " and a.retired_at is null for update")
			.param("program", program.value())
			.param("id", id.value())
			.query((rs, row) -> map(rs))
			.optional();
	}

	int nextPosition(ProgramId program) {
		return this.jdbc.sql("select coalesce(max(position), 0) + 1 from program_activity where program_id = :program")
			.param("program", program.value())
			.query(Integer.class)
			.single();
	}

	void insert(Activity activity, Instant now) {
		this.jdbc.sql("""
				insert into program_activity (id, program_id, title, description, position, created_at)
				values (:id, :program, :title, :description, :position, :now)""")
			.param("id", activity.id().value())
			.param("program", activity.programId().value())
			.param("title", activity.title())
			.param("description", activity.description())
			.param("position", activity.position())
			.param("now", Timestamp.from(now))
			.update();
	}

	void update(Activity activity) {
		this.jdbc.sql("""
				update program_activity set title = :title, description = :description, position = :position,
				retired_at = :retiredAt where id = :id""")
			.param("id", activity.id().value())
			.param("title", activity.title())
			.param("description", activity.description())
			.param("position", activity.position())
			.param("retiredAt", (activity.retiredAt() != null) ? Timestamp.from(activity.retiredAt()) : null)
			.update();
	}

	static Activity map(ResultSet rs) throws SQLException {
		Timestamp retiredAt = rs.getTimestamp("retired_at");
		return new Activity(new ActivityId(rs.getObject("id", UUID.class)),
				new ProgramId(rs.getObject("program_id", UUID.class)), rs.getString("title"),
				rs.getString("description"), rs.getInt("position"), (retiredAt != null) ? retiredAt.toInstant() : null);
	}

}
