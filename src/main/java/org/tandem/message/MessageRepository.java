package org.tandem.message;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
 * The {@code message} table, in plain SQL. The body is written only as ciphertext through
 * {@link TextCipher}, bound to its row and pairing. The callers have checked that the
 * person they read for is one of the pair.
 */
@Repository
class MessageRepository {

	private static final String COLUMNS = "m.id, m.pairing_id, m.author_id, m.recipient_id, m.body_enc, m.created_at, "
			+ "m.read_at";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	private final PipelinedReads reads;

	MessageRepository(JdbcClient jdbc, TextCipher cipher, PipelinedReads reads) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.reads = reads;
	}

	void insert(Message message) {
		String body = message.body();
		if (body == null) {
			throw new IllegalStateException("A message is written with its body");
		}
		this.jdbc.sql("""
				insert into message (id, pairing_id, author_id, recipient_id, body_enc, created_at)
				values (:id, :pairing, :author, :recipient, :body, :createdAt)""")
			.param("id", message.id().value())
			.param("pairing", message.pairingId().value())
			.param("author", message.authorId())
			.param("recipient", message.recipientId())
			.param("body",
					this.cipher.encrypt(body, place(message.id(), message.pairingId()))
						.getBytes(StandardCharsets.US_ASCII))
			.param("createdAt", Timestamp.from(message.createdAt()))
			.update();
	}

	/**
	 * One page of the pairing's messages, newest first, read with the page's other reads.
	 */
	Pending<List<Message>> page(PairingId pairing, int limit, long offset) {
		return this.reads.list(
				"select " + COLUMNS + " from message m where m.pairing_id = :pairing"
						+ " order by m.created_at desc, m.id desc limit :limit offset :offset",
				Map.of("pairing", pairing.value(), "limit", limit, "offset", offset), (rs, row) -> map(rs));
	}

	/** How many messages the pairing has, read with the page's other reads. */
	Pending<Long> count(PairingId pairing) {
		return this.reads.query("select count(*) from message where pairing_id = :pairing",
				Map.of("pairing", pairing.value()), (rs) -> rs.next() ? rs.getLong(1) : 0L);
	}

	/**
	 * Marks the person's unread messages of the pairing read, in one statement.
	 * @return how many were unread
	 */
	int markRead(PairingId pairing, UUID recipient, Instant now) {
		return this.jdbc.sql("""
				update message set read_at = :now
				where recipient_id = :recipient and pairing_id = :pairing and read_at is null""")
			.param("now", Timestamp.from(now))
			.param("recipient", recipient)
			.param("pairing", pairing.value())
			.update();
	}

	/**
	 * The person's unread messages, in all their pairings (the partial index
	 * {@code message_unread_idx} answers it).
	 */
	long unread(UUID recipient) {
		return this.jdbc.sql("select count(*) from message where recipient_id = :recipient and read_at is null")
			.param("recipient", recipient)
			.query(Long.class)
			.single();
	}

	long unread(PairingId pairing, UUID recipient) {
		return this.jdbc.sql("""
				select count(*) from message
				where recipient_id = :recipient and pairing_id = :pairing and read_at is null""")
			.param("recipient", recipient)
			.param("pairing", pairing.value())
			.query(Long.class)
			.single();
	}

	/**
	 * Whether the message is unread and no earlier message of its pairing to the same
	 * recipient is: the first of a run of unread messages.
	 */
	boolean firstUnread(MessageId id) {
		return this.jdbc.sql("""
				select count(*) from message m
				where m.id = :id and m.read_at is null and not exists (
				  select 1 from message e
				  where e.recipient_id = m.recipient_id and e.pairing_id = m.pairing_id and e.read_at is null
				    and (e.created_at, e.id) < (m.created_at, m.id))""")
			.param("id", id.value())
			.query(Long.class)
			.single() == 1;
	}

	private Message map(ResultSet rs) throws SQLException {
		MessageId id = new MessageId(rs.getObject("id", UUID.class));
		PairingId pairing = new PairingId(rs.getObject("pairing_id", UUID.class));
		Timestamp readAt = rs.getTimestamp("read_at");
		return new Message(id, pairing, rs.getObject("author_id", UUID.class), rs.getObject("recipient_id", UUID.class),
				body(rs.getBytes("body_enc"), id, pairing), rs.getTimestamp("created_at").toInstant(),
				(readAt != null) ? readAt.toInstant() : null);
	}

	/**
	 * A body that is not authentic for its row reads as {@code null}: a ciphertext copied
	 * in from another message shows nothing.
	 */
	private @Nullable String body(byte[] ciphertext, MessageId id, PairingId pairing) {
		return this.cipher.decryptOrWithhold(new String(ciphertext, StandardCharsets.US_ASCII), place(id, pairing));
	}

	private static CipherContext place(MessageId id, PairingId pairing) {
		return new CipherContext("message", "body_enc", id.value(), pairing.value());
	}

}
