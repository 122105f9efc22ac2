package org.tandem.resource;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.tandem.program.ProgramId;
import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.database.PipelinedReads.Pending;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code program_tip} table, in plain SQL: each program's tip sheets.
 */
@Repository
class TipRepository {

	private static final String COLUMNS = "id, program_id, audience, moment, title, body, position";

	private static final String ORDER = "order by position, created_at, id";

	private final JdbcClient jdbc;

	private final PipelinedReads reads;

	TipRepository(JdbcClient jdbc, PipelinedReads reads) {
		this.jdbc = jdbc;
		this.reads = reads;
	}

	/**
	 * Gives a new program its own copy of the default tips.
	 */
	void copyDefaults(ProgramId program, Instant now) {
		this.jdbc.sql("""
				insert into program_tip (id, program_id, audience, moment, title, body, position, created_at)
				select gen_random_uuid(), :program, audience, moment, title, body, position, :now from default_tip
				""").param("program", program.value()).param("now", Timestamp.from(now)).update();
	}

	/**
	 * The program's tips in the order of its sheets, at most {@code limit}.
	 */
	List<Tip> all(ProgramId program, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from program_tip where program_id = :program " + ORDER + " limit :limit")
			.param("program", program.value())
			.param("limit", limit)
			.query((rs, row) -> map(rs))
			.list();
	}

	/**
	 * The first tip for the moment whose audience includes one of these, tips for one
	 * audience before tips for both.
	 */
	Pending<Optional<Tip>> at(ProgramId program, Moment moment, List<Audience> audiences) {
		return this.reads.query(
				"select " + COLUMNS + " from program_tip where program_id = :program and moment = :moment"
						+ " and audience in (:audiences) order by audience = 'BOTH', position, created_at, id limit 1",
				Map.of("program", program.value(), "moment", moment.name(), "audiences",
						audiences.stream().map(Audience::name).toList()),
				(rs) -> rs.next() ? Optional.of(map(rs)) : Optional.empty());
	}

	long count(ProgramId program) {
		return this.jdbc.sql("select count(*) from program_tip where program_id = :program")
			.param("program", program.value())
			.query(Long.class)
			.single();
	}

	int nextPosition(ProgramId program) {
		return this.jdbc.sql("select coalesce(max(position), 0) + 1 from program_tip where program_id = :program")
			.param("program", program.value())
			.query(Integer.class)
			.single();
	}

	Optional<Tip> find(ProgramId program, TipId id) {
		return this.jdbc.sql("select " + COLUMNS + " from program_tip where program_id = :program and id = :id")
			.param("program", program.value())
			.param("id", id.value())
			.query((rs, row) -> map(rs))
			.optional();
	}

	void insert(Tip tip, Instant now) {
		this.jdbc.sql("""
				insert into program_tip (id, program_id, audience, moment, title, body, position, created_at)
				values (:id, :program, :audience, :moment, :title, :body, :position, :now)""")
			.param("id", tip.id().value())
			.param("program", tip.programId().value())
			.param("audience", tip.audience().name())
			.param("moment", (tip.moment() != null) ? tip.moment().name() : null)
			.param("title", tip.title())
			.param("body", tip.body())
			.param("position", tip.position())
			.param("now", Timestamp.from(now))
			.update();
	}

	void update(Tip tip) {
		this.jdbc.sql("""
				update program_tip set audience = :audience, moment = :moment, title = :title, body = :body
				where id = :id and program_id = :program""")
			.param("id", tip.id().value())
			.param("program", tip.programId().value())
			.param("audience", tip.audience().name())
			.param("moment", (tip.moment() != null) ? tip.moment().name() : null)
			.param("title", tip.title())
			.param("body", tip.body())
			.update();
	}

	boolean delete(ProgramId program, TipId id) {
		return this.jdbc.sql("delete from program_tip where program_id = :program and id = :id")
			.param("program", program.value())
			.param("id", id.value())
			.update() > 0;
	}

	private static Tip map(ResultSet rs) throws SQLException {
		String moment = rs.getString("moment");
		return new Tip(new TipId(rs.getObject("id", UUID.class)), new ProgramId(rs.getObject("program_id", UUID.class)),
				Audience.valueOf(rs.getString("audience")), (moment != null) ? Moment.valueOf(moment) : null,
				rs.getString("title"), rs.getString("body"), rs.getInt("position"));
	}

}
