package org.tandem.shared.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL that an earlier Tandem started and could not stop because it
 * crashed ({@code kill -9}, power loss of the JVM only, out of memory). It still holds
 * the data directory, so no later Tandem could start. Called only while holding the
 * {@link DataDirectoryLock}, which proves that no live Tandem owns this server.
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);

	private static final Duration STOP_WAIT = Duration.ofSeconds(30);

	private OrphanedPostmaster() {
	}

	/**
	 * Stops the PostgreSQL named by {@code postmaster.pid} in {@code postgresDir} if one
	 * still runs. SIGTERM asks for PostgreSQL's smart shutdown, which waits for its
	 * clients: the dead Tandem's connections were closed by the system with its process,
	 * so the server stops at once, cleanly, keeping all committed data. ({@code pg_ctl}
	 * is not used: it refuses to run as root, which zonky works around only for itself.)
	 */
	static void stopIfRunning(Path postgresDir) {
		Optional<ProcessHandle> postmaster = find(postgresDir);
		if (postmaster.isEmpty()) {
			return;
		}
		ProcessHandle process = postmaster.get();
		log.warn("Stopping the embedded PostgreSQL (process {}) that an earlier Tandem left running on {}: "
				+ "it did not shut down cleanly.", process.pid(), postgresDir);
		process.destroy();
		try {
			process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException ex) {
			// reported below
		}
		if (process.isAlive()) {
			throw new DatabaseUnavailableException(
					"The embedded PostgreSQL (process " + process.pid() + ") left running on " + postgresDir
							+ " by an earlier Tandem did not stop within " + STOP_WAIT.toSeconds() + " s.",
					"Stop it (kill " + process.pid() + "), wait until it has exited, then start Tandem again.", null);
		}
	}

	/**
	 * The live postmaster of this directory, if any. A pid file whose process is gone, or
	 * is no PostgreSQL (its number reused after a reboot), is left to PostgreSQL itself.
	 */
	static Optional<ProcessHandle> find(Path postgresDir) {
		Path pidFile = postgresDir.resolve("postmaster.pid");
		List<String> lines;
		try {
			lines = Files.exists(pidFile) ? Files.readAllLines(pidFile, StandardCharsets.ISO_8859_1) : List.of();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter((process) -> isPostgresOf(process, postgresDir));
	}

	/**
	 * Whether the process is PostgreSQL and, when its arguments can be seen, serves this
	 * very directory: never stop another server whose number happens to match.
	 */
	private static boolean isPostgresOf(ProcessHandle process, Path postgresDir) {
		ProcessHandle.Info info = process.info();
		boolean postgres = info.command()
			.map((command) -> Path.of(command).getFileName().toString().equals("postgres"))
			.orElse(false);
		if (!postgres || info.arguments().isEmpty()) {
			return postgres;
		}
		List<String> arguments = List.of(info.arguments().get());
		int option = arguments.indexOf("-D");
		return option >= 0 && option + 1 < arguments.size()
				&& sameDirectory(Path.of(arguments.get(option + 1)), postgresDir);
	}

	private static boolean sameDirectory(Path one, Path other) {
		try {
			return Files.isSameFile(one, other);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
