package org.tandem.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The embedded server's {@code pg_hba.conf}: a password (SCRAM) for every connection,
 * over loopback TCP only. zonky's {@code initdb -A trust} let every local process in as
 * superuser, which could then read any file the server can, the encryption key included.
 */
final class ClientAuthentication {

	static final String FILE = "pg_hba.conf";

	static final String RULES = """
			# Written by Tandem at every start: a password for every connection, loopback TCP only.
			# The password is in postgres.password beside this directory.
			host all all 127.0.0.1/32 scram-sha-256
			host all all ::1/128 scram-sha-256
			""";

	private static final Pattern TRUST = Pattern.compile("^\\s*[^#\\s].*\\btrust\\b", Pattern.MULTILINE);

	private ClientAuthentication() {
	}

	/**
	 * Whether the rules let someone in without a password, as in a data directory made by
	 * a Tandem before passwords.
	 */
	static boolean trustsAnyone(Path postgresDir) {
		Path file = postgresDir.resolve(FILE);
		try {
			return Files.exists(file) && TRUST.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void require(Path postgresDir) {
		Path file = postgresDir.resolve(FILE);
		try {
			if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(RULES)) {
				Files.writeString(file, RULES, StandardCharsets.UTF_8);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
