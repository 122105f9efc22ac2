package org.tandem.shared.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server started ahead of the context: taken once by the data source's bean,
 * its failure handed to that bean, stopped when nobody takes it. (That a real start goes
 * this way is covered by every test that starts Tandem on its embedded database, such as
 * {@code StartupTests}.)
 */
class EmbeddedPostgresHeadStartTests {

	@Test
	void theServerStartedAheadIsTakenOnceAndServes(@TempDir Path dataDir) throws Exception {
		EmbeddedPostgresHeadStart.Pending pending = EmbeddedPostgresHeadStart.Pending.start(dataDir);
		try (EmbeddedPostgresServer server = pending.take(dataDir)) {
			assertThat(server).isNotNull();
			assertThat(pending.take(dataDir)).as("taken once").isNull();
			pending.stopIfNotTaken();
			try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", server.password());
					Statement statement = connection.createStatement();
					ResultSet answer = statement.executeQuery("select 6 * 7")) {
				assertThat(answer.next()).isTrue();
				assertThat(answer.getInt(1)).as("a taken server keeps running").isEqualTo(42);
			}
		}
		DataDirectoryLock.acquire(dataDir).close();
	}

	@Test
	void aServerNobodyTakesIsStoppedAndFreesItsDirectory(@TempDir Path dataDir, @TempDir Path other) throws Exception {
		EmbeddedPostgresHeadStart.Pending pending = EmbeddedPostgresHeadStart.Pending.start(dataDir);
		assertThat(pending.take(other)).as("started for another directory").isNull();
		pending.stopIfNotTaken();
		DataDirectoryLock.acquire(dataDir).close();
		assertThat(pending.take(dataDir)).as("stopped, so nothing left to take").isNull();
	}

	@Test
	void aFailedStartIsThrownToTheOneWhoTakesIt(@TempDir Path parent) throws Exception {
		Path dataDir = Files.writeString(parent.resolve("not-a-directory"), "a file");
		EmbeddedPostgresHeadStart.Pending pending = EmbeddedPostgresHeadStart.Pending.start(dataDir);
		assertThatThrownBy(() -> pending.take(dataDir)).isInstanceOf(DatabaseUnavailableException.class)
			.hasMessageContaining("cannot create its data directory");
	}

}
