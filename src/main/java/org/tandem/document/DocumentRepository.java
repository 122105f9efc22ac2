package org.tandem.document;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
 * The {@code document}, {@code document_version} and {@code document_comment} tables, in
 * plain SQL. Titles, file names and comments are written only as ciphertext through
 * {@link TextCipher}, bound to their row and pairing. Reads by id name the person they
 * are for and find only documents of a pairing that person belongs to.
 */
@Repository
class DocumentRepository {

	/** A document with its latest version and its comment count, in one row. */
	private static final String DOCUMENT = """
			select d.id, d.pairing_id, d.title_enc, d.created_at, d.updated_at,
			       v.id as version_id, v.number, v.content_type, v.size, v.chunks, v.file_name_enc, v.uploaded_by,
			       v.uploaded_at,
			       (select count(*) from document_comment c where c.document_id = d.id) as comments
			from document d
			join lateral (select * from document_version x where x.document_id = d.id
			              order by x.number desc limit 1) v on true
			""";

	private static final String VERSION = "select v.id as version_id, v.document_id, v.number, v.content_type, "
			+ "v.size, v.chunks, v.file_name_enc, v.uploaded_by, v.uploaded_at from document_version v ";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	private final PipelinedReads reads;

	DocumentRepository(JdbcClient jdbc, TextCipher cipher, PipelinedReads reads) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.reads = reads;
	}

	void insert(DocumentId id, PairingId pairing, UUID createdBy, String title, Instant now) {
		this.jdbc.sql("""
				insert into document (id, pairing_id, created_by, title_enc, created_at, updated_at)
				values (:id, :pairing, :createdBy, :title, :now, :now)""")
			.param("id", id.value())
			.param("pairing", pairing.value())
			.param("createdBy", createdBy)
			.param("title", encrypt(title, titlePlace(id, pairing)))
			.param("now", Timestamp.from(now))
			.update();
	}

	void insertVersion(DocumentVersion version, PairingId pairing) {
		this.jdbc.sql("""
				insert into document_version (id, document_id, number, content_type, size, chunks, file_name_enc,
				                              uploaded_by, uploaded_at)
				values (:id, :document, :number, :type, :size, :chunks, :name, :by, :at)""")
			.param("id", version.id())
			.param("document", version.documentId().value())
			.param("number", version.number())
			.param("type", version.type().mediaType())
			.param("size", version.size())
			.param("chunks", version.chunks())
			.param("name",
					encrypt((version.fileName() != null) ? version.fileName() : "", namePlace(version.id(), pairing)))
			.param("by", version.uploadedBy())
			.param("at", Timestamp.from(version.uploadedAt()))
			.update();
		this.jdbc.sql("update document set updated_at = :at where id = :id")
			.param("id", version.documentId().value())
			.param("at", Timestamp.from(version.uploadedAt()))
			.update();
	}

	void insertComment(DocumentComment comment, PairingId pairing) {
		this.jdbc.sql("""
				insert into document_comment (id, document_id, version_number, author_id, body_enc, created_at)
				values (:id, :document, :version, :author, :body, :at)""")
			.param("id", comment.id())
			.param("document", comment.documentId().value())
			.param("version", comment.version())
			.param("author", comment.authorId())
			.param("body", encrypt(String.valueOf(comment.body()), commentPlace(comment.id(), pairing)))
			.param("at", Timestamp.from(comment.createdAt()))
			.update();
	}

	/**
	 * The document, if the person is its pairing's mentor or mentee.
	 */
	Optional<Document> readable(DocumentId id, UUID person) {
		return this.jdbc
			.sql(DOCUMENT + " join pairing p on p.id = d.pairing_id"
					+ " where d.id = :id and (p.mentor_id = :person or p.mentee_id = :person)")
			.param("id", id.value())
			.param("person", person)
			.query((rs, row) -> document(rs))
			.optional();
	}

	/**
	 * One page of the pairing's documents, the most recently changed first. The caller
	 * has checked that the reader is one of the pair. Read with the page's other reads.
	 */
	Pending<List<Document>> page(PairingId pairing, int limit, long offset) {
		return this.reads.list(
				DOCUMENT + " where d.pairing_id = :pairing order by d.updated_at desc, d.id desc"
						+ " limit :limit offset :offset",
				Map.of("pairing", pairing.value(), "limit", limit, "offset", offset), (rs, row) -> document(rs));
	}

	long count(PairingId pairing) {
		return this.jdbc.sql("select count(*) from document where pairing_id = :pairing")
			.param("pairing", pairing.value())
			.query(Long.class)
			.single();
	}

	/** The document's versions, newest first (at most {@code limit}). */
	List<DocumentVersion> versions(DocumentId id, PairingId pairing, int limit) {
		return this.jdbc.sql(VERSION + "where v.document_id = :id order by v.number desc limit :limit")
			.param("id", id.value())
			.param("limit", limit)
			.query((rs, row) -> version(rs, id, pairing))
			.list();
	}

	Optional<DocumentVersion> version(DocumentId id, PairingId pairing, int number) {
		return this.jdbc.sql(VERSION + "where v.document_id = :id and v.number = :number")
			.param("id", id.value())
			.param("number", number)
			.query((rs, row) -> version(rs, id, pairing))
			.optional();
	}

	/**
	 * The document's comments, oldest first (at most {@code limit}, from {@code offset}).
	 */
	List<DocumentComment> comments(DocumentId id, PairingId pairing, int limit, long offset) {
		return this.jdbc.sql("""
				select id, version_number, author_id, body_enc, created_at from document_comment
				where document_id = :id order by created_at, id limit :limit offset :offset""")
			.param("id", id.value())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> {
				UUID commentId = rs.getObject("id", UUID.class);
				return new DocumentComment(commentId, id, rs.getInt("version_number"),
						rs.getObject("author_id", UUID.class),
						decrypt(rs.getBytes("body_enc"), commentPlace(commentId, pairing)),
						rs.getTimestamp("created_at").toInstant());
			})
			.list();
	}

	long commentCount(DocumentId id) {
		return this.jdbc.sql("select count(*) from document_comment where document_id = :id")
			.param("id", id.value())
			.query(Long.class)
			.single();
	}

	private Document document(ResultSet rs) throws SQLException {
		DocumentId id = new DocumentId(rs.getObject("id", UUID.class));
		PairingId pairing = new PairingId(rs.getObject("pairing_id", UUID.class));
		DocumentVersion latest = version(rs, id, pairing);
		return new Document(id, pairing, decrypt(rs.getBytes("title_enc"), titlePlace(id, pairing)), latest,
				latest.number(), rs.getLong("comments"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

	private DocumentVersion version(ResultSet rs, DocumentId document, PairingId pairing) throws SQLException {
		UUID versionId = rs.getObject("version_id", UUID.class);
		DocumentType type = DocumentType.ofMediaType(rs.getString("content_type"));
		if (type == null) {
			throw new IllegalStateException("A stored document version has an unknown type");
		}
		String name = decrypt(rs.getBytes("file_name_enc"), namePlace(versionId, pairing));
		return new DocumentVersion(versionId, document, rs.getInt("number"), type, rs.getLong("size"),
				rs.getInt("chunks"), (name != null && !name.isEmpty()) ? name : null,
				rs.getObject("uploaded_by", UUID.class), rs.getTimestamp("uploaded_at").toInstant());
	}

	private byte[] encrypt(String text, CipherContext place) {
		return this.cipher.encrypt(text, place).getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * A text that is not authentic for its row reads as {@code null}: a ciphertext copied
	 * in from elsewhere shows nothing.
	 */
	private @Nullable String decrypt(byte[] ciphertext, CipherContext place) {
		return this.cipher.decryptOrWithhold(new String(ciphertext, StandardCharsets.US_ASCII), place);
	}

	private static CipherContext titlePlace(DocumentId id, PairingId pairing) {
		return new CipherContext("document", "title_enc", id.value(), pairing.value());
	}

	private static CipherContext namePlace(UUID versionId, PairingId pairing) {
		return new CipherContext("document_version", "file_name_enc", versionId, pairing.value());
	}

	private static CipherContext commentPlace(UUID commentId, PairingId pairing) {
		return new CipherContext("document_comment", "body_enc", commentId, pairing.value());
	}

}
