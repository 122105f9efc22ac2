package org.tandem.shared.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Binds every stored ciphertext to its row: each {@code v1} ciphertext, whose associated
 * data named no row, is decrypted and written again as {@code v2} for its table, column,
 * row and pairing (under the current key). It also encrypts the pairing close reasons
 * stored in plain text so far. A Spring bean, so that Flyway runs it with the
 * application's keys; it uses only Flyway's connection, because the application's JDBC
 * beans wait for the migrations.
 */
@Component
class V21__bind_ciphertexts_to_rows extends BaseJavaMigration {

	private static final int BATCH = 500;

	/**
	 * Every column written through {@link TextCipher} before this migration.
	 */
	static final List<Column> COLUMNS = List.of(new Column("meeting", "id", "pairing_id", "place_enc"),
			new Column("meeting", "id", "pairing_id", "agenda_enc"),
			new Column("meeting", "id", "pairing_id", "shared_notes_enc"),
			new Column("agreement", "pairing_id", "pairing_id", "ground_rules_enc"),
			new Column("agreement", "pairing_id", "pairing_id", "time_commitment_enc"),
			new Column("agreement", "pairing_id", "pairing_id", "scope_enc"),
			new Column("agreement", "pairing_id", "pairing_id", "rhythm_enc"),
			new Column("agreement", "pairing_id", "pairing_id", "communication_enc"),
			new Column("agreement", "pairing_id", "pairing_id", "goals_enc"),
			new Column("absence", "id", null, "note"));

	private final TextCipher cipher;

	V21__bind_ciphertexts_to_rows(TextCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		for (Column column : COLUMNS) {
			rebind(connection, column);
		}
		encryptCloseReasons(connection);
	}

	private void rebind(Connection connection, Column column) throws SQLException {
		String select = "select " + column.id() + " as row_id, "
				+ ((column.pairing() != null) ? column.pairing() : "null::uuid") + " as pairing_id, " + column.name()
				+ " as text from " + column.table() + " where " + column.name() + " like 'v1:%' and " + column.id()
				+ " > ? order by " + column.id() + " limit " + BATCH;
		String update = "update " + column.table() + " set " + column.name() + " = ? where " + column.id() + " = ?";
		rewrite(connection, select, update, (row) -> this.cipher.encrypt(unbound(row, column),
				new CipherContext(column.table(), column.name(), row.id(), row.pairing())));
	}

	private String unbound(Row row, Column column) {
		try {
			return this.cipher.decryptUnbound(row.text());
		}
		catch (DecryptionFailedException ex) {
			// stop rather than lose the text: the operator can add the missing key, or
			// empty this one cell, and start again
			throw new FlywayException("Cannot re-encrypt " + column.table() + "." + column.name() + " of row "
					+ row.id() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Moves each plain reason into {@code close_reason_enc} and empties the old column in
	 * the same update: dropping a column leaves its values in the rows' storage, emptying
	 * it does not.
	 */
	private void encryptCloseReasons(Connection connection) throws SQLException {
		String select = "select id as row_id, id as pairing_id, close_reason as text from pairing"
				+ " where close_reason is not null and id > ? order by id limit " + BATCH;
		String update = "update pairing set close_reason_enc = ?, close_reason = null where id = ?";
		rewrite(connection, select, update, (row) -> this.cipher.encrypt(row.text(),
				new CipherContext("pairing", "close_reason_enc", row.id(), row.id())));
	}

	/**
	 * Pages through the rows {@code select} finds after a row id, in id order, and writes
	 * each one's new text with {@code update}.
	 */
	private static void rewrite(Connection connection, String select, String update, Function<Row, String> newText)
			throws SQLException {
		// PostgreSQL orders uuids by their bytes, unsigned: all zeros comes first
		UUID after = new UUID(0, 0);
		List<Row> rows;
		do {
			rows = read(connection, select, after);
			try (PreparedStatement statement = connection.prepareStatement(update)) {
				for (Row row : rows) {
					statement.setString(1, newText.apply(row));
					statement.setObject(2, row.id());
					statement.addBatch();
					after = row.id();
				}
				statement.executeBatch();
			}
		}
		while (rows.size() == BATCH);
	}

	private static List<Row> read(Connection connection, String select, UUID after) throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(select)) {
			statement.setObject(1, after);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					rows.add(new Row(rs.getObject("row_id", UUID.class), rs.getObject("pairing_id", UUID.class),
							rs.getString("text")));
				}
			}
		}
		return rows;
	}

	/**
	 * @param id the column of the row's primary key
	 * @param pairing the column of the row's pairing, {@code null} if it has none
	 * @param name the ciphertext's column
	 */
	record Column(String table, String id, @Nullable String pairing, String name) {

	}

	private record Row(UUID id, @Nullable UUID pairing, String text) {

	}

}
