package org.tandem.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started embedded PostgreSQL in {@code TANDEM_DATA_DIR/postgres}, stopped with the
 * application. It registers no shutdown hook of its own: the application context stops it
 * after the connection pool is closed, not in a race with it.
 * <p>
 * Only Tandem can connect: the superuser has a generated password
 * ({@link DatabasePassword}), {@code pg_hba.conf} demands it for every connection
 * ({@link ClientAuthentication}), the server listens on loopback TCP only and makes no
 * Unix socket in {@code /tmp}.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DIRECTORY = "postgres";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final EmbeddedPostgres postgres;

	private final DatabasePassword password;

	private final DataDirectoryLock lock;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, DatabasePassword password, DataDirectoryLock lock) {
		this.postgres = postgres;
		this.password = password;
		this.lock = lock;
	}

	static EmbeddedPostgresServer start(Path dataDir) {
		Path directory = dataDir.resolve(DIRECTORY);
		checkUsable(directory);
		DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir);
		try {
			OrphanedPostmaster.stopIfRunning(directory);
			boolean initialized = Files.exists(directory.resolve("postgresql.conf"));
			boolean trusting = initialized && ClientAuthentication.trustsAnyone(directory);
			if (initialized && !trusting && !DatabasePassword.exists(dataDir)) {
				Path file = dataDir.resolve(DatabasePassword.FILE);
				throw new DatabaseUnavailableException(
						"The embedded database in " + directory + " needs its password, but " + file + " is missing.",
						"Restore " + file + " from the backup of the data directory.", null);
			}
			DatabasePassword password = DatabasePassword.loadOrCreate(dataDir);
			if (trusting) {
				requirePassword(directory, password);
			}
			return new EmbeddedPostgresServer(launch(directory, password), password, lock);
		}
		catch (RuntimeException ex) {
			closeQuietly(lock);
			throw ex;
		}
	}

	/**
	 * Upgrades a data directory made before Tandem set a password: connects once the old
	 * way (the rules still trust local connections, on loopback only and for this one
	 * start), sets the password, and stops; {@link #launch} then starts the server again
	 * with rules that demand it.
	 */
	private static void requirePassword(Path directory, DatabasePassword password) {
		log.warn("The embedded database in {} accepted local connections without a password; setting the "
				+ "generated password from {} and requiring it from now on.", directory, password.file());
		try (EmbeddedPostgres postgres = builder(directory, password).start();
				Connection connection = postgres.getPostgresDatabase().getConnection()) {
			// sends only the SCRAM verifier, so the password never appears in a statement
			// or log
			connection.unwrap(PGConnection.class)
				.alterUserPassword("postgres", password.value().toCharArray(), "scram-sha-256");
		}
		catch (IOException | SQLException | RuntimeException ex) {
			throw unavailable(directory, ex);
		}
	}

	private static EmbeddedPostgres launch(Path directory, DatabasePassword password) {
		try {
			return builder(directory, password)
				.setDataDirectoryCustomizer((dir) -> ClientAuthentication.require(dir.toPath()))
				.start();
		}
		catch (IOException | RuntimeException ex) {
			throw unavailable(directory, ex);
		}
	}

	private static EmbeddedPostgres.Builder builder(Path directory, DatabasePassword password) {
		return EmbeddedPostgres.builder()
			.setPgBinaryResolver(PostgresArchive.INSTANCE)
			.setDataDirectory(directory)
			.setCleanDataDirectory(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.setServerConfig("listen_addresses", "localhost")
			// pg_ctl passes these through a shell: '' is the empty list, so no socket
			.setServerConfig("unix_socket_directories", "''")
			.setServerConfig("password_encryption", "scram-sha-256")
			// zonky hands its "locale" settings to initdb as --name=value after its own
			// "-A trust", and initdb keeps the last: the first start already needs the
			// password
			.setLocaleConfig("auth", "scram-sha-256")
			.setLocaleConfig("pwfile", password.file().toString())
			// zonky's readiness check connects too
			.setConnectConfig("password", password.value())
			.setRegisterShutdownHook(false);
	}

	private static DatabaseUnavailableException unavailable(Path directory, Exception ex) {
		return new DatabaseUnavailableException("Tandem could not start its embedded PostgreSQL in " + directory + ": "
				+ ex.getMessage() + ". Set TANDEM_DATA_DIR to a free, writable directory.", ex);
	}

	private static void checkUsable(Path directory) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException | RuntimeException ex) {
			throw new DatabaseUnavailableException(
					"Tandem cannot create its data directory " + directory + " (" + ex.getClass().getSimpleName() + ": "
							+ ex.getMessage() + "). Set TANDEM_DATA_DIR to a writable directory.",
					ex);
		}
		if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
			throw new DatabaseUnavailableException("Tandem cannot write to its data directory " + directory
					+ ". Set TANDEM_DATA_DIR to a writable directory.", null);
		}
	}

	private static void closeQuietly(DataDirectoryLock lock) {
		try {
			lock.close();
		}
		catch (IOException ex) {
			log.debug("Could not release {}", DataDirectoryLock.FILE, ex);
		}
	}

	String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	String password() {
		return this.password.value();
	}

	@Override
	public void close() throws IOException {
		try {
			this.postgres.close();
		}
		finally {
			this.lock.close();
		}
	}

}
