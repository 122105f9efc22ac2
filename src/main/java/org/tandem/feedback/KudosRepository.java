package org.tandem.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.tandem.pairing.PairingId;
import org.tandem.program.ProgramId;
import org.tandem.shared.crypto.CipherContext;
import org.tandem.shared.crypto.TextCipher;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code kudos} table, in plain SQL. The body is written only as ciphertext bound to
 * its row and pairing, shared or not.
 */
@Repository
class KudosRepository {

	private static final String COLUMNS = "id, pairing_id, author_id, body_enc, shared_with_program, created_at";

	private final JdbcClient jdbc;

	private final TextCipher cipher;

	KudosRepository(JdbcClient jdbc, TextCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	void insert(Kudos kudos, ProgramId program) {
		this.jdbc.sql("""
				insert into kudos (id, pairing_id, program_id, author_id, body_enc, shared_with_program, created_at)
				values (:id, :pairing, :program, :author, :body, :shared, :createdAt)""")
			.param("id", kudos.id().value())
			.param("pairing", kudos.pairingId().value())
			.param("program", program.value())
			.param("author", kudos.authorId())
			.param("body",
					this.cipher.encrypt(Objects.requireNonNull(kudos.body()), place(kudos.id(), kudos.pairingId())))
			.param("shared", kudos.sharedWithProgram())
			.param("createdAt", Timestamp.from(kudos.createdAt()))
			.update();
	}

	List<Kudos> page(PairingId pairing, int limit, long offset) {
		return this.jdbc
			.sql("select " + COLUMNS + " from kudos where pairing_id = :pairing order by created_at desc, id"
					+ " limit :limit offset :offset")
			.param("pairing", pairing.value())
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> map(rs))
			.list();
	}

	long count(PairingId pairing) {
		return this.jdbc.sql("select count(*) from kudos where pairing_id = :pairing")
			.param("pairing", pairing.value())
			.query(Long.class)
			.single();
	}

	/** The program's shared kudos, newest first; one that cannot be read is left out. */
	List<KudosBoard.Shared> shared(ProgramId program, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS + " from kudos where program_id = :program and shared_with_program"
					+ " order by created_at desc, id limit :limit")
			.param("program", program.value())
			.param("limit", limit)
			.query((rs, row) -> map(rs))
			.list()
			.stream()
			.filter((kudos) -> kudos.body() != null)
			.map((kudos) -> new KudosBoard.Shared(kudos.id(), Objects.requireNonNull(kudos.body()), kudos.createdAt()))
			.toList();
	}

	private Kudos map(ResultSet rs) throws SQLException {
		KudosId id = new KudosId(rs.getObject("id", UUID.class));
		PairingId pairing = new PairingId(rs.getObject("pairing_id", UUID.class));
		return new Kudos(id, pairing, rs.getObject("author_id", UUID.class),
				this.cipher.decryptOrWithhold(rs.getString("body_enc"), place(id, pairing)),
				rs.getBoolean("shared_with_program"), rs.getTimestamp("created_at").toInstant());
	}

	private static CipherContext place(KudosId id, PairingId pairing) {
		return new CipherContext("kudos", "body_enc", id.value(), pairing.value());
	}

}
