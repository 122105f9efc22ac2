package org.tandem.shared.database;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
		return EmbeddedPostgresServer.start(properties.dataDirectory());
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
			config.setPassword(server.password());
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

}
