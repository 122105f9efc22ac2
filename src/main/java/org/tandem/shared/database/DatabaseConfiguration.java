package org.tandem.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The one data source: an external PostgreSQL when {@code TANDEM_DATABASE_URL} is set,
 * otherwise an embedded PostgreSQL whose files live in {@code TANDEM_DATA_DIR} and
 * survive restarts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	@Nullable EmbeddedPostgresServer embeddedPostgres(DatabaseProperties properties) {
		if (properties.isExternal()) {
			return null;
		}
		return EmbeddedPostgresServer.start(properties.dataDirectory().resolve("postgres"));
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(DatabaseProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("tandem");
		config.setMaximumPoolSize(properties.poolSize());
		if (properties.isExternal()) {
			if (!properties.url().startsWith("jdbc:postgresql:")) {
				throw new DatabaseUnavailableException("TANDEM_DATABASE_URL must be a PostgreSQL JDBC URL such as "
						+ "jdbc:postgresql://host:5432/tandem, not " + redact(properties.url()) + ".", null);
			}
			config.setJdbcUrl(properties.url());
			config.setUsername(properties.user());
			config.setPassword(properties.password());
		}
		else {
			EmbeddedPostgresServer server = embedded.getObject();
			config.setJdbcUrl(server.jdbcUrl());
			config.setUsername("postgres");
		}
		// Hikari's default of 30 seconds leaves an operator staring at a silent start.
		config.setConnectionTimeout(Math.max(250, properties.connectTimeout().toMillis()));
		config.setInitializationFailTimeout(-1);
		HikariDataSource dataSource = new HikariDataSource(config);
		checkReachable(dataSource, properties);
		return dataSource;
	}

	private static void checkReachable(DataSource dataSource, DatabaseProperties properties) {
		try (Connection connection = dataSource.getConnection()) {
			log.info("Using PostgreSQL {} at {}", connection.getMetaData().getDatabaseProductVersion(),
					properties.isExternal() ? redact(properties.url()) : "embedded server");
		}
		catch (SQLException ex) {
			throw new DatabaseUnavailableException("Tandem cannot reach the PostgreSQL database at "
					+ redact(properties.url()) + ": " + ex.getMessage()
					+ ". Check TANDEM_DATABASE_URL, TANDEM_DATABASE_USER and TANDEM_DATABASE_PASSWORD.", ex);
		}
	}

	private static String redact(@Nullable String url) {
		if (!StringUtils.hasText(url)) {
			return "(embedded)";
		}
		int query = url.indexOf('?');
		return query < 0 ? url : url.substring(0, query);
	}

	/**
	 * A started embedded PostgreSQL server, stopped with the application. It registers no
	 * shutdown hook of its own: the application context stops it after the connection
	 * pool is closed, not in a race with it.
	 */
	static final class EmbeddedPostgresServer implements AutoCloseable {

		private final EmbeddedPostgres postgres;

		private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
			this.postgres = postgres;
		}

		static EmbeddedPostgresServer start(Path directory) {
			checkUsable(directory);
			try {
				EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setDataDirectory(directory)
					.setCleanDataDirectory(false)
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on")
					.setRegisterShutdownHook(false)
					.start();
				return new EmbeddedPostgresServer(postgres);
			}
			catch (IOException | RuntimeException ex) {
				throw new DatabaseUnavailableException("Tandem could not start its embedded PostgreSQL in " + directory
						+ ": " + ex.getMessage()
						+ ". Is another Tandem using this data directory? Set TANDEM_DATA_DIR to a free, writable directory.",
						ex);
			}
		}

		private static void checkUsable(Path directory) {
			try {
				Files.createDirectories(directory);
			}
			catch (IOException | RuntimeException ex) {
				throw new DatabaseUnavailableException(
						"Tandem cannot create its data directory " + directory + " (" + ex.getClass().getSimpleName()
								+ ": " + ex.getMessage() + "). Set TANDEM_DATA_DIR to a writable directory.",
						ex);
			}
			if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
				throw new DatabaseUnavailableException("Tandem cannot write to its data directory " + directory
						+ ". Set TANDEM_DATA_DIR to a writable directory.", null);
			}
		}

		String jdbcUrl() {
			return this.postgres.getJdbcUrl("postgres", "postgres");
		}

		@Override
		public void close() throws IOException {
			this.postgres.close();
		}

	}

}
