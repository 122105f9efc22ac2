package org.tandem.concern;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;
import org.tandem.program.ProgramId;
import org.tandem.shared.crypto.CipherContext;
import org.tandem.shared.crypto.TextCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code concern} table, in plain SQL. The body and the outcome are written only as
 * ciphertext through {@link TextCipher}, bound to the row and, when the concern names
 * one, to its pairing; a ciphertext that is not authentic for its row reads as
 * {@code null}.
 */
@Repository
class ConcernRepository {

	private static final String COLUMNS = """
			id, program_id, pairing_id, author_id, body_enc, rematch_requested, status, outcome_enc, created_at,
			acknowledged_at, closed_at, closed_by""";

	/** Open concerns first, then the newest. */
	private static final String ORDER = "order by status in ('RESOLVED', 'REMATCHED'), created_at desc, id";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	ConcernRepository(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void insert(Concern concern) {
		this.jdbc.sql("insert into concern (" + COLUMNS + """
				) values (:id, :program, :pairing, :author, :body, :rematch, :status, :outcome, :createdAt,
				:acknowledgedAt, :closedAt, :closedBy)""")
			.param("id", concern.id().value())
			.param("program", concern.programId().value())
			.param("pairing", (concern.pairingId() != null) ? concern.pairingId().value() : null)
			.param("author", concern.authorId())
			.param("body", this.cipher.encrypt(requireBody(concern), place("body_enc", concern)))
			.param("rematch", concern.rematchRequested())
			.param("status", concern.status().name())
			.param("outcome", this.cipher.encryptNullable(concern.outcome(), place("outcome_enc", concern)))
			.param("createdAt", Timestamp.from(concern.createdAt()))
			.param("acknowledgedAt", timestamp(concern.acknowledgedAt()))
			.param("closedAt", timestamp(concern.closedAt()))
			.param("closedBy", concern.closedBy())
			.update();
	}

	/**
	 * Writes the committee's answer: status, dates and outcome; the body never changes.
	 */
	void update(Concern concern) {
		this.jdbc.sql("""
				update concern set status = :status, outcome_enc = :outcome, acknowledged_at = :acknowledgedAt,
				closed_at = :closedAt, closed_by = :closedBy where id = :id""")
			.param("id", concern.id().value())
			.param("status", concern.status().name())
			.param("outcome", this.cipher.encryptNullable(concern.outcome(), place("outcome_enc", concern)))
			.param("acknowledgedAt", timestamp(concern.acknowledgedAt()))
			.param("closedAt", timestamp(concern.closedAt()))
			.param("closedBy", concern.closedBy())
			.update();
	}

	Optional<Concern> find(ConcernId id) {
		return one(id, false);
	}

	/** The concern, its row locked until the transaction ends. */
	Optional<Concern> lock(ConcernId id) {
		return one(id, true);
	}

	private Optional<Concern> one(ConcernId id, boolean lock) {
		return this.jdbc.sql("select " + COLUMNS + " from concern where id = :id" + (lock ? " for update" : ""))
			.param("id", id.value())
			.query((rs, row) -> map(rs))
			.optional();
	}

	List<Concern> ofProgram(ProgramId program, int limit, long offset) {
		return this.jdbc
			.sql("select " + COLUMNS + " from concern where program_id = :program " + ORDER
					+ " limit :limit offset :offset")
			.param("program", program.value())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> map(rs))
			.list();
	}

	long countOfProgram(ProgramId program) {
		return this.jdbc.sql("select count(*) from concern where program_id = :program")
			.param("program", program.value())
			.query(Long.class)
			.single();
	}

	List<Concern> ofAuthor(UUID author, int limit, long offset) {
		return this.jdbc
			.sql("select " + COLUMNS + " from concern where author_id = :author " + ORDER
					+ " limit :limit offset :offset")
			.param("author", author)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> map(rs))
			.list();
	}

	long countOfAuthor(UUID author) {
		return this.jdbc.sql("select count(*) from concern where author_id = :author")
			.param("author", author)
			.query(Long.class)
			.single();
	}

	private Concern map(ResultSet rs) throws SQLException {
		ConcernId id = new ConcernId(rs.getObject("id", UUID.class));
		UUID pairing = rs.getObject("pairing_id", UUID.class);
		PairingId pairingId = (pairing != null) ? new PairingId(pairing) : null;
		return new Concern(id, new ProgramId(rs.getObject("program_id", UUID.class)), pairingId,
				rs.getObject("author_id", UUID.class),
				this.cipher.decryptOrWithhold(rs.getString("body_enc"), place("body_enc", id, pairingId)),
				rs.getBoolean("rematch_requested"), ConcernStatus.valueOf(rs.getString("status")),
				this.cipher.decryptOrWithhold(rs.getString("outcome_enc"), place("outcome_enc", id, pairingId)),
				rs.getTimestamp("created_at").toInstant(), instant(rs, "acknowledged_at"), instant(rs, "closed_at"),
				rs.getObject("closed_by", UUID.class));
	}

	private static String requireBody(Concern concern) {
		String body = concern.body();
		if (body == null) {
			throw new IllegalArgumentException("A new concern has a body");
		}
		return body;
	}

	private static @Nullable Timestamp timestamp(@Nullable Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return (value != null) ? value.toInstant() : null;
	}

	private static CipherContext place(String column, Concern concern) {
		return place(column, concern.id(), concern.pairingId());
	}

	private static CipherContext place(String column, ConcernId id, @Nullable PairingId pairing) {
		return new CipherContext("concern", column, id.value(), (pairing != null) ? pairing.value() : null);
	}

}
