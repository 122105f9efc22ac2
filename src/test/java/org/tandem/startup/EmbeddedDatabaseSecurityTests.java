package org.tandem.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL lets in only Tandem: no other local process connects without
 * the generated password, and a data directory from before passwords is upgraded.
 */
class EmbeddedDatabaseSecurityTests {

	private static final Pattern PORT = Pattern.compile("//localhost:(\\d+)/");

	@Test
	void onlyTheGeneratedPasswordOpensTheEmbeddedDatabase(@TempDir Path dataDir) throws Exception {
		try (RunningTandem tandem = RunningTandem.start(dataDir)) {
			int port = port(tandem);
			String password = Files.readString(dataDir.resolve("postgres.password")).strip();
			assertThat(password).hasSizeGreaterThanOrEqualTo(43);

			assertRefused(port, null);
			assertRefused(port, "postgres");
			assertRefused(port, password + "x");
			try (Connection connection = connect(port, password)) {
				assertThat(query(connection, "show listen_addresses")).isEqualTo("localhost");
				assertThat(query(connection, "show unix_socket_directories")).isEmpty();
				assertThat(query(connection, "select count(*) from pg_hba_file_rules where auth_method <> "
						+ "'scram-sha-256' or type <> 'host'"))
					.isEqualTo("0");
			}
			assertThat(Path.of("/tmp/.s.PGSQL." + port)).as("no Unix socket in /tmp").doesNotExist();
			assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
			assertThat(mode(dataDir.resolve("postgres.password"))).isEqualTo("rw-------");
			assertThat(mode(dataDir.resolve("encryption.key"))).isEqualTo("rw-------");
			assertThat(tandem.get("/actuator/health").body()).contains("UP");
		}
	}

	@Test
	void aDataDirectoryFromBeforePasswordsIsUpgradedAndKeepsItsData(@TempDir Path dataDir) throws Exception {
		String kept = "kept-" + UUID.randomUUID();
		// as Tandem made it before: zonky's defaults, initdb -A trust
		try (EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(dataDir.resolve("postgres"))
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
				Connection connection = old.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create schema legacy");
			statement.execute("create table legacy.kept (value text)");
			statement.execute("insert into legacy.kept values ('" + kept + "')");
		}
		assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).contains("trust");

		try (RunningTandem tandem = RunningTandem.start(dataDir)) {
			int port = port(tandem);
			assertRefused(port, null);
			String password = Files.readString(dataDir.resolve("postgres.password")).strip();
			try (Connection connection = connect(port, password)) {
				assertThat(query(connection, "select value from legacy.kept")).isEqualTo(kept);
			}
			assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf"))).doesNotContain("trust");
			assertThat(mode(dataDir.resolve("postgres.password"))).isEqualTo("rw-------");
			assertThat(tandem.get("/actuator/health").body()).contains("UP");
		}
	}

	private static int port(RunningTandem tandem) {
		Matcher port = PORT.matcher(tandem.bean(HikariDataSource.class).getJdbcUrl());
		assertThat(port.find()).isTrue();
		return Integer.parseInt(port.group(1));
	}

	private static void assertRefused(int port, @Nullable String password) {
		assertThatThrownBy(() -> connect(port, password).close()).as("password " + password)
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("password");
	}

	private static Connection connect(int port, @Nullable String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", "postgres");
		if (password != null) {
			properties.setProperty("password", password);
		}
		properties.setProperty("connectTimeout", "5");
		return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", properties);
	}

	private static String query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			assertThat(result.next()).isTrue();
			return result.getString(1);
		}
	}

	private static String mode(Path file) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
	}

}
