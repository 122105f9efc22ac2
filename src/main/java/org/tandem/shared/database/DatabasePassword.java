package org.tandem.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import org.tandem.shared.files.OwnerOnlyFiles;

/**
 * The embedded PostgreSQL's superuser password, generated once into a 0600 file beside
 * the database. Only Tandem (and whoever can already read its data directory) knows it,
 * so no other local user can connect to the server.
 *
 * @param file where it is kept
 * @param value the password
 */
record DatabasePassword(Path file, String value) {

	static final String FILE = "postgres.password";

	private static final int BYTES = 32;

	static boolean exists(Path dataDir) {
		return Files.exists(dataDir.resolve(FILE));
	}

	static DatabasePassword loadOrCreate(Path dataDir) {
		Path file = dataDir.resolve(FILE);
		try {
			if (!Files.exists(file)) {
				try {
					return generate(file);
				}
				catch (FileAlreadyExistsException ex) {
					// created in between: read it like any existing file
				}
			}
			refuseIfOpenToOthers(file);
			String value = Files.readString(file, StandardCharsets.US_ASCII).strip();
			if (value.isEmpty()) {
				throw new DatabaseUnavailableException("The database password file " + file + " is empty.",
						"Restore " + file + " from a backup of the data directory.", null);
			}
			return new DatabasePassword(file, value);
		}
		catch (IOException ex) {
			throw new DatabaseUnavailableException("Tandem cannot read or create the database password file " + file
					+ " (" + ex.getClass().getSimpleName() + ": " + ex.getMessage() + ").", ex);
		}
	}

	private static DatabasePassword generate(Path file) throws IOException {
		byte[] bytes = new byte[BYTES];
		new SecureRandom().nextBytes(bytes);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		// one line: initdb --pwfile reads the first line as the password
		OwnerOnlyFiles.create(file, value + "\n");
		return new DatabasePassword(file, value);
	}

	/**
	 * Whoever reads the password is a database superuser, able to read the data and to
	 * run programs as the server's user: the same rule as for the encryption key.
	 */
	private static void refuseIfOpenToOthers(Path file) throws IOException {
		String mode = OwnerOnlyFiles.tooOpen(file);
		if (mode != null) {
			throw new DatabaseUnavailableException(
					"The database password file " + file + " can be read or changed by other users (mode " + mode
							+ "), so Tandem does not start.",
					"Restrict the password file to its owner: chmod 600 " + file + ".", null);
		}
	}

	@Override
	public String toString() {
		return "DatabasePassword[" + this.file + "]";
	}

}
