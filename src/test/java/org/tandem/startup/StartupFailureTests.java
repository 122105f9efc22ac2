package org.tandem.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A start that cannot work stops at once with a message that names what to change.
 */
class StartupFailureTests {

	@Test
	void unwritableDataDirectoryNamesTheDirectoryAndTheVariable(@TempDir Path temp) throws Exception {
		Path file = Files.writeString(temp.resolve("a-file"), "not a directory");
		Path dataDir = file.resolve("data");
		Throwable failure = catchThrowable(() -> RunningTandem.run(RunningTandem.arguments(dataDir)).close());
		assertThat(failure).isNotNull();
		assertThat(messages(failure))
			.anySatisfy((message) -> assertThat(message).contains(dataDir.toString()).contains("TANDEM_DATA_DIR"));
	}

	@Test
	void unreachableDatabaseNamesTheVariableSoon(@TempDir Path temp) {
		long started = System.nanoTime();
		Throwable failure = catchThrowable(() -> RunningTandem.run(RunningTandem.arguments(temp,
				"--tandem.database.url=jdbc:postgresql://127.0.0.1:1/none", "--tandem.database.connect-timeout=2s"))
			.close());
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(failure).isNotNull();
		assertThat(messages(failure)).anySatisfy((message) -> assertThat(message).contains("TANDEM_DATABASE_URL")
			.contains("jdbc:postgresql://127.0.0.1:1/none"));
		assertThat(took).isLessThan(Duration.ofSeconds(30));
	}

	@Test
	void aDatabaseUrlThatIsNotPostgresNamesTheVariable(@TempDir Path temp) {
		Throwable failure = catchThrowable(() -> RunningTandem
			.run(RunningTandem.arguments(temp, "--tandem.database.url=postgres://db.example.org/tandem"))
			.close());
		assertThat(messages(failure)).anySatisfy(
				(message) -> assertThat(message).contains("TANDEM_DATABASE_URL").contains("jdbc:postgresql://"));
	}

	@Test
	void aDatabasePasswordFileOthersCanReadStopsTheStart(@TempDir Path dataDir) throws Exception {
		Path file = Files.writeString(dataDir.resolve("postgres.password"), "a-password-others-can-read\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		Throwable failure = catchThrowable(() -> RunningTandem.run(RunningTandem.arguments(dataDir)).close());
		assertThat(failure).isNotNull();
		assertThat(messages(failure)).anySatisfy((message) -> assertThat(message).contains(file.toString())
			.contains("can be read or changed by other users")
			.contains("rw-r--r--"));
		assertThat(dataDir.resolve("postgres/postgresql.conf")).as("no database was started").doesNotExist();
	}

	@Test
	void aTimeZoneThatIsNoIanaIdNamesTheVariable(@TempDir Path temp) {
		Throwable failure = catchThrowable(
				() -> RunningTandem.run(RunningTandem.arguments(temp, "--tandem.time-zone=Mars/Olympus")).close());
		assertThat(failure).isNotNull();
		assertThat(messages(failure)).anySatisfy((
				message) -> assertThat(message).contains("TANDEM_TIME_ZONE").contains("Mars/Olympus").contains("IANA"));
	}

	private static List<String> messages(Throwable failure) {
		List<String> messages = new ArrayList<>();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.add(String.valueOf(cause.getMessage()));
		}
		return messages;
	}

}
