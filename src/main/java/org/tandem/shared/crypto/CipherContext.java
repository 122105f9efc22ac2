package org.tandem.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a ciphertext is stored: its table, column and row, and the pairing the row
 * belongs to when it has one. {@link TextCipher} authenticates all of it, so a ciphertext
 * copied into another row, column, table or pairing no longer decrypts.
 *
 * @param table the table, in lower case
 * @param column the column, in lower case
 * @param rowId the row's primary key
 * @param pairingId the row's pairing, {@code null} for rows that have none
 */
public record CipherContext(String table, String column, UUID rowId, @Nullable UUID pairingId) {

	public CipherContext {
		// the names are joined with ':' in the associated data: one of their own would
		// let two different places authenticate the same bytes
		requireName(table, "table");
		requireName(column, "column");
	}

	/**
	 * A row that belongs to no pairing.
	 */
	public static CipherContext of(String table, String column, UUID rowId) {
		return new CipherContext(table, column, rowId, null);
	}

	/**
	 * The associated data of a ciphertext of this version, under this key, stored here.
	 */
	byte[] associatedData(String version, String keyId) {
		return (version + ":" + keyId + ":" + this.table + ":" + this.column + ":" + this.rowId + ":"
				+ ((this.pairingId != null) ? this.pairingId : "-"))
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static void requireName(String name, String what) {
		if (!name.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("A " + what + " name is lower case letters, digits and '_': " + name);
		}
	}

}
