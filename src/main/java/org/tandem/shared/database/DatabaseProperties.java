package org.tandem.shared.database;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Where the data lives: {@code tandem.database.*} and {@code tandem.data-dir}, bound from
 * the {@code TANDEM_*} environment variables in {@code application.properties}.
 *
 * @param url JDBC URL of an external PostgreSQL; empty for the embedded server
 * @param user user name for the external database
 * @param password password for the external database
 * @param dataDir directory of the embedded database and generated keys
 * @param poolSize maximum number of pooled connections
 * @param connectTimeout how long to wait for a connection, at start-up and from the pool,
 * before giving up with a clear message
 */
@ConfigurationProperties("tandem.database")
public record DatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password,
		@DefaultValue("./data") Path dataDir, @DefaultValue("10") int poolSize,
		@DefaultValue("10s") Duration connectTimeout) {

	/**
	 * Whether Tandem uses an external PostgreSQL rather than its embedded one.
	 */
	public boolean isExternal() {
		return StringUtils.hasText(this.url);
	}

	/**
	 * The data directory, absolute.
	 */
	public Path dataDirectory() {
		return this.dataDir.toAbsolutePath().normalize();
	}

}
