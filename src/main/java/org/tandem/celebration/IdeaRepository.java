package org.tandem.celebration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.program.ProgramId;
import org.tandem.shared.database.PipelinedReads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code idea} and {@code idea_vote} tables, in plain SQL. A list is one query
 * whatever its length: the votes are counted and the authors' names read in it.
 */
@Repository
class IdeaRepository {

	private static final String SELECT = """
			select i.id, i.program_id, i.author_id, i.title, i.body, i.featured_at, i.hidden_at, i.created_at,
			    (select count(*) from idea_vote v where v.idea_id = i.id) as votes,
			    exists (select 1 from idea_vote v where v.idea_id = i.id and v.person_id = :reader) as voted,
			    author.name as author_name
			from idea i left join person author on author.id = i.author_id
			""";

	private final JdbcClient jdbc;

	private final PipelinedReads reads;

	IdeaRepository(JdbcClient jdbc, PipelinedReads reads) {
		this.jdbc = jdbc;
		this.reads = reads;
	}

	void insert(IdeaId id, ProgramId program, UUID author, String title, @Nullable String body, Instant now) {
		this.jdbc.sql("""
				insert into idea (id, program_id, author_id, title, body, created_at)
				values (:id, :program, :author, :title, :body, :now)""")
			.param("id", id.value())
			.param("program", program.value())
			.param("author", author)
			.param("title", title)
			.param("body", body)
			.param("now", Timestamp.from(now))
			.update();
	}

	/** The idea's program, author and whether it is hidden, its row locked. */
	Optional<IdeaRef> lock(IdeaId id) {
		return this.jdbc.sql("select program_id, author_id, hidden_at from idea where id = :id for update")
			.param("id", id.value())
			.query((rs, row) -> new IdeaRef(id, new ProgramId(rs.getObject("program_id", UUID.class)),
					rs.getObject("author_id", UUID.class), rs.getTimestamp("hidden_at") != null))
			.optional();
	}

	/**
	 * @return whether the vote is new
	 */
	boolean vote(IdeaId id, UUID person, Instant now) {
		return this.jdbc.sql("""
				insert into idea_vote (idea_id, person_id, created_at) values (:id, :person, :now)
				on conflict do nothing""")
			.param("id", id.value())
			.param("person", person)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void feature(IdeaId id, @Nullable Instant at) {
		this.jdbc.sql("update idea set featured_at = :at where id = :id")
			.param("id", id.value())
			.param("at", (at != null) ? Timestamp.from(at) : null)
			.update();
	}

	void hide(IdeaId id, @Nullable Instant at) {
		this.jdbc.sql("update idea set hidden_at = :at where id = :id")
			.param("id", id.value())
			.param("at", (at != null) ? Timestamp.from(at) : null)
			.update();
	}

	Optional<IdeaRow> find(IdeaId id, UUID reader) {
		return this.jdbc.sql(SELECT + "where i.id = :id")
			.param("id", id.value())
			.param("reader", reader)
			.query((rs, row) -> map(rs))
			.optional();
	}

	/**
	 * One page of the program's ideas, most votes first, then newest; hidden ones only
	 * when {@code withHidden}.
	 */
	List<IdeaRow> page(ProgramId program, UUID reader, boolean withHidden, int limit, long offset) {
		return this.jdbc
			.sql(SELECT + "where i.program_id = :program" + (withHidden ? "" : " and i.hidden_at is null")
					+ " order by votes desc, i.created_at desc, i.id limit :limit offset :offset")
			.param("program", program.value())
			.param("reader", reader)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> map(rs))
			.list();
	}

	long count(ProgramId program, boolean withHidden) {
		return this.jdbc
			.sql("select count(*) from idea where program_id = :program" + (withHidden ? "" : " and hidden_at is null"))
			.param("program", program.value())
			.query(Long.class)
			.single();
	}

	/**
	 * The program's featured ideas that are not hidden, most votes first: a read that
	 * waits to travel with the request's others ({@link PipelinedReads}).
	 */
	Supplier<List<IdeaRow>> featured(ProgramId program, int limit) {
		return this.reads.list(SELECT + """
				where i.program_id = :program and i.featured_at is not null and i.hidden_at is null
				order by votes desc, i.featured_at desc, i.id limit :limit""",
				Map.of("program", program.value(), "reader", new UUID(0, 0), "limit", limit), (rs, row) -> map(rs));
	}

	private static IdeaRow map(ResultSet rs) throws SQLException {
		return new IdeaRow(new IdeaId(rs.getObject("id", UUID.class)),
				new ProgramId(rs.getObject("program_id", UUID.class)), rs.getObject("author_id", UUID.class),
				rs.getString("title"), rs.getString("body"), rs.getTimestamp("featured_at") != null,
				rs.getTimestamp("hidden_at") != null, rs.getTimestamp("created_at").toInstant(), rs.getLong("votes"),
				rs.getBoolean("voted"), rs.getString("author_name"));
	}

	/**
	 * An idea as stored, with its author's name read in the same statement ({@code null}
	 * for a person no longer found).
	 */
	record IdeaRow(IdeaId id, ProgramId programId, UUID authorId, String title, @Nullable String body, boolean featured,
			boolean hidden, Instant createdAt, long votes, boolean voted, @Nullable String authorName) {

		Idea named(String formerMember) {
			return new Idea(this.id, this.programId, this.authorId,
					(this.authorName != null) ? this.authorName : formerMember, this.title, this.body, this.featured,
					this.hidden, this.createdAt, this.votes, this.voted);
		}

	}

	/** Enough of an idea to decide who may act on it. */
	record IdeaRef(IdeaId id, ProgramId programId, UUID authorId, boolean hidden) {

	}

}
