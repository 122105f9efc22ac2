package org.tandem.note;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;
import org.tandem.shared.crypto.CipherContext;
import org.tandem.shared.crypto.TextCipher;
import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.database.PipelinedReads.Pending;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code note} table, in plain SQL. The body is written only as ciphertext through
 * {@link TextCipher}, bound to its row and pairing. Every read names the person it is for
 * and returns only what they may read: their own notes, and their pairing's shared notes
 * if they are one of the pair.
 */
@Repository
class NoteRepository {

	private static final String COLUMNS = "n.id, n.pairing_id, n.author_id, n.visibility, n.body_enc, n.created_at, "
			+ "n.updated_at";

	/** What the person reads of a pairing's notes: their own and the shared ones. */
	private static final String READABLE = "(n.visibility = 'PAIR' or n.author_id = :person)";

	private static final String NEWEST_FIRST = "order by n.created_at desc, n.id desc";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	private final PipelinedReads reads;

	NoteRepository(JdbcClient jdbc, TextCipher cipher, PipelinedReads reads) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.reads = reads;
	}

	void insert(Note note) {
		this.jdbc.sql("""
				insert into note (id, pairing_id, author_id, visibility, body_enc, created_at, updated_at)
				values (:id, :pairing, :author, :visibility, :body, :createdAt, :updatedAt)""")
			.param("id", note.id().value())
			.param("pairing", note.pairingId().value())
			.param("author", note.authorId())
			.param("visibility", note.visibility().name())
			.param("body", encrypt(note))
			.param("createdAt", Timestamp.from(note.createdAt()))
			.param("updatedAt", Timestamp.from(note.updatedAt()))
			.update();
	}

	void update(Note note) {
		this.jdbc.sql("""
				update note set visibility = :visibility, body_enc = :body, updated_at = :updatedAt
				where id = :id""")
			.param("id", note.id().value())
			.param("visibility", note.visibility().name())
			.param("body", encrypt(note))
			.param("updatedAt", Timestamp.from(note.updatedAt()))
			.update();
	}

	void delete(NoteId id) {
		this.jdbc.sql("delete from note where id = :id").param("id", id.value()).update();
	}

	/**
	 * The note, if the person is one of its pair and may read it; with {@code lock}, its
	 * row is locked until the transaction ends.
	 */
	Optional<Note> readable(NoteId id, UUID person, boolean lock) {
		String sql = "select " + COLUMNS + " from note n join pairing p on p.id = n.pairing_id"
				+ " where n.id = :id and (p.mentor_id = :person or p.mentee_id = :person) and " + READABLE
				+ (lock ? " for update of n" : "");
		return this.jdbc.sql(sql)
			.param("id", id.value())
			.param("person", person)
			.query((rs, row) -> map(rs))
			.optional();
	}

	/**
	 * One page of the pairing's notes that the person reads, newest first. The caller has
	 * checked that the person is one of the pair.
	 */
	List<Note> page(PairingId pairing, UUID person, int limit, long offset) {
		return this.jdbc
			.sql("select " + COLUMNS + " from note n where n.pairing_id = :pairing and " + READABLE + " " + NEWEST_FIRST
					+ " limit :limit offset :offset")
			.param("pairing", pairing.value())
			.param("person", person)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> map(rs))
			.list();
	}

	long count(PairingId pairing, UUID person) {
		return this.jdbc.sql("select count(*) from note n where n.pairing_id = :pairing and " + READABLE)
			.param("pairing", pairing.value())
			.param("person", person)
			.query(Long.class)
			.single();
	}

	/**
	 * The pairing's newest shared notes. The caller has checked that the reader is one of
	 * the pair. Read with the page's other reads.
	 */
	Pending<List<Note>> shared(PairingId pairing, int limit) {
		return this.reads.list(
				"select " + COLUMNS + " from note n where n.pairing_id = :pairing and n.visibility = 'PAIR' "
						+ NEWEST_FIRST + " limit :limit",
				Map.of("pairing", pairing.value(), "limit", limit), (rs, row) -> map(rs));
	}

	private Note map(ResultSet rs) throws SQLException {
		NoteId id = new NoteId(rs.getObject("id", UUID.class));
		PairingId pairing = new PairingId(rs.getObject("pairing_id", UUID.class));
		return new Note(id, pairing, rs.getObject("author_id", UUID.class),
				NoteVisibility.valueOf(rs.getString("visibility")), body(rs.getBytes("body_enc"), id, pairing),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private byte[] encrypt(Note note) {
		String body = note.body();
		if (body == null) {
			throw new IllegalStateException("A note is written with its body");
		}
		return this.cipher.encrypt(body, place(note.id(), note.pairingId())).getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * A body that is not authentic for its row reads as {@code null}: a ciphertext copied
	 * in from another note shows nothing.
	 */
	private @Nullable String body(byte[] ciphertext, NoteId id, PairingId pairing) {
		return this.cipher.decryptOrWithhold(new String(ciphertext, StandardCharsets.US_ASCII), place(id, pairing));
	}

	private static CipherContext place(NoteId id, PairingId pairing) {
		return new CipherContext("note", "body_enc", id.value(), pairing.value());
	}

}
