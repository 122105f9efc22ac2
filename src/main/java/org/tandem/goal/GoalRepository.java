package org.tandem.goal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;
import org.tandem.shared.crypto.CipherContext;
import org.tandem.shared.crypto.TextCipher;
import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.database.PipelinedReads.Pending;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code goal} and {@code goal_comment} tables, in plain SQL. Titles, descriptions,
 * the milestone list (one JSON document) and comment bodies are written only as
 * ciphertext through {@link TextCipher}, bound to their row and pairing; callers decrypt
 * them only for the pair.
 */
@Repository
class GoalRepository {

	private static final String COLUMNS = """
			id, pairing_id, owner_id, title_enc, description_enc, milestones_enc, target_on, progress, status,
			version, created_by, created_at, updated_at""";

	/** A pair's plan reads in the order it was set. */
	private static final String IN_ORDER_SET = "order by created_at, id";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<List<Milestone>> MILESTONES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	private final PipelinedReads reads;

	GoalRepository(JdbcClient jdbc, TextCipher cipher, PipelinedReads reads) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.reads = reads;
	}

	void insert(Goal goal) {
		this.jdbc.sql("insert into goal (" + COLUMNS + """
				) values (:id, :pairing, :owner, :title, :description, :milestones, :targetOn, :progress, :status,
				:version, :createdBy, :createdAt, :updatedAt)""")
			.param("id", goal.id().value())
			.param("pairing", goal.pairingId().value())
			.param("owner", goal.ownerId())
			.param("title", encrypt(goal.title(), "title_enc", goal))
			.param("description", encrypt(goal.description(), "description_enc", goal))
			.param("milestones", encrypt(JSON.writeValueAsString(goal.milestones()), "milestones_enc", goal))
			.param("targetOn", goal.targetOn())
			.param("progress", goal.progress())
			.param("status", goal.status().name())
			.param("version", goal.version())
			.param("createdBy", goal.createdBy())
			.param("createdAt", Timestamp.from(goal.createdAt()))
			.param("updatedAt", Timestamp.from(goal.updatedAt()))
			.update();
	}

	/**
	 * Writes the goal's changes. A title withheld as not authentic ({@code null}) keeps
	 * its stored ciphertext.
	 */
	void update(Goal goal) {
		this.jdbc.sql("""
				update goal set title_enc = coalesce(:title, title_enc), description_enc = :description,
				milestones_enc = :milestones, target_on = :targetOn, progress = :progress, status = :status,
				version = :version, updated_at = :updatedAt
				where id = :id""")
			.param("id", goal.id().value())
			.param("title", encrypt(goal.title(), "title_enc", goal))
			.param("description", encrypt(goal.description(), "description_enc", goal))
			.param("milestones", encrypt(JSON.writeValueAsString(goal.milestones()), "milestones_enc", goal))
			.param("targetOn", goal.targetOn())
			.param("progress", goal.progress())
			.param("status", goal.status().name())
			.param("version", goal.version())
			.param("updatedAt", Timestamp.from(goal.updatedAt()))
			.update();
	}

	/**
	 * The pairing a goal belongs to, read without its texts, so access is checked before
	 * anything is decrypted.
	 */
	Optional<PairingId> pairingOf(GoalId id) {
		return this.jdbc.sql("select pairing_id from goal where id = :id")
			.param("id", id.value())
			.query((rs, row) -> new PairingId(rs.getObject("pairing_id", UUID.class)))
			.optional();
	}

	Optional<Goal> find(PairingId pairing, GoalId id) {
		return one(pairing, id, false);
	}

	/**
	 * The goal, with its row locked until the transaction ends.
	 */
	Optional<Goal> lock(PairingId pairing, GoalId id) {
		return one(pairing, id, true);
	}

	private Optional<Goal> one(PairingId pairing, GoalId id, boolean lock) {
		return this.jdbc
			.sql("select " + COLUMNS + " from goal where pairing_id = :pairing and id = :id"
					+ (lock ? " for update" : ""))
			.param("pairing", pairing.value())
			.param("id", id.value())
			.query((rs, row) -> map(rs))
			.optional();
	}

	/**
	 * The pairing's goals in the order they were set, read with the page's other reads.
	 */
	Pending<List<Goal>> page(PairingId pairing, int limit, long offset) {
		return this.reads.list(
				"select " + COLUMNS + " from goal where pairing_id = :pairing " + IN_ORDER_SET
						+ " limit :limit offset :offset",
				Map.of("pairing", pairing.value(), "limit", limit, "offset", offset), (rs, row) -> map(rs));
	}

	long count(PairingId pairing) {
		return this.jdbc.sql("select count(*) from goal where pairing_id = :pairing")
			.param("pairing", pairing.value())
			.query(Long.class)
			.single();
	}

	/**
	 * How many goals each pairing has by status, in one query; pairings without goals are
	 * left out. Reads no text. Read with the page's other reads.
	 */
	Supplier<Map<PairingId, GoalCounts>> counts(Collection<PairingId> pairings) {
		if (pairings.isEmpty()) {
			return HashMap::new;
		}
		return this.reads.query("""
				select pairing_id, status, count(*) as goals from goal
				where pairing_id in (:pairings) group by pairing_id, status""",
				Map.of("pairings", pairings.stream().map(PairingId::value).distinct().toList()), (rs) -> {
					Map<PairingId, GoalCounts> counts = new HashMap<>();
					while (rs.next()) {
						PairingId pairing = new PairingId(rs.getObject("pairing_id", UUID.class));
						counts.put(pairing, counts.getOrDefault(pairing, GoalCounts.NONE)
							.plus(GoalStatus.valueOf(rs.getString("status")), rs.getLong("goals")));
					}
					return counts;
				});
	}

	void insertComment(GoalComment comment, String body) {
		this.jdbc.sql("""
				insert into goal_comment (id, goal_id, pairing_id, author_id, body_enc, created_at)
				values (:id, :goal, :pairing, :author, :body, :createdAt)""")
			.param("id", comment.id())
			.param("goal", comment.goalId().value())
			.param("pairing", comment.pairingId().value())
			.param("author", comment.authorId())
			.param("body", this.cipher.encrypt(body, commentPlace(comment.id(), comment.pairingId())))
			.param("createdAt", Timestamp.from(comment.createdAt()))
			.update();
	}

	/**
	 * One page of the goal's comments, newest first.
	 */
	List<GoalComment> comments(PairingId pairing, GoalId goal, int limit, long offset) {
		return this.jdbc.sql("""
				select id, goal_id, pairing_id, author_id, body_enc, created_at from goal_comment
				where goal_id = :goal and pairing_id = :pairing
				order by created_at desc, id limit :limit offset :offset""")
			.param("goal", goal.value())
			.param("pairing", pairing.value())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				PairingId pairingId = new PairingId(rs.getObject("pairing_id", UUID.class));
				return new GoalComment(id, new GoalId(rs.getObject("goal_id", UUID.class)), pairingId,
						rs.getObject("author_id", UUID.class),
						this.cipher.decryptOrWithhold(rs.getString("body_enc"), commentPlace(id, pairingId)),
						rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

	long countComments(GoalId goal) {
		return this.jdbc.sql("select count(*) from goal_comment where goal_id = :goal")
			.param("goal", goal.value())
			.query(Long.class)
			.single();
	}

	private Goal map(ResultSet rs) throws SQLException {
		GoalId id = new GoalId(rs.getObject("id", UUID.class));
		PairingId pairing = new PairingId(rs.getObject("pairing_id", UUID.class));
		String milestones = text(rs, "milestones_enc", id, pairing);
		return new Goal(id, pairing, rs.getObject("owner_id", UUID.class), text(rs, "title_enc", id, pairing),
				text(rs, "description_enc", id, pairing), rs.getObject("target_on", LocalDate.class),
				rs.getInt("progress"), GoalStatus.valueOf(rs.getString("status")),
				(milestones != null) ? JSON.readValue(milestones, MILESTONES) : List.of(), rs.getInt("version"),
				rs.getObject("created_by", UUID.class), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private @Nullable String encrypt(@Nullable String text, String column, Goal goal) {
		return this.cipher.encryptNullable(text, goalPlace(column, goal.id(), goal.pairingId()));
	}

	/**
	 * A text that is not authentic for its row reads as {@code null}: a ciphertext copied
	 * in from another pair's goal shows nothing.
	 */
	private @Nullable String text(ResultSet rs, String column, GoalId id, PairingId pairing) throws SQLException {
		return this.cipher.decryptOrWithhold(rs.getString(column), goalPlace(column, id, pairing));
	}

	private static CipherContext goalPlace(String column, GoalId id, PairingId pairing) {
		return new CipherContext("goal", column, id.value(), pairing.value());
	}

	private static CipherContext commentPlace(UUID id, PairingId pairing) {
		return new CipherContext("goal_comment", "body_enc", id, pairing.value());
	}

}
