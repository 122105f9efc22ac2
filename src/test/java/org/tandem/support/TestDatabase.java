package org.tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL for the whole test JVM: {@code TANDEM_TEST_DATABASE_URL} (with
 * {@code _USER} and {@code _PASSWORD}) when set, otherwise an embedded server started on
 * first use and stopped by its own shutdown hook when the JVM ends.
 */
public final class TestDatabase {

	private static Map<String, Object> properties;

	private TestDatabase() {
	}

	public static synchronized Map<String, Object> properties() {
		if (properties == null) {
			properties = start();
		}
		return properties;
	}

	private static Map<String, Object> start() {
		String external = System.getenv("TANDEM_TEST_DATABASE_URL");
		if (external != null && !external.isBlank()) {
			return Map.of("tandem.database.url", external, "tandem.database.user",
					orEmpty(System.getenv("TANDEM_TEST_DATABASE_USER")), "tandem.database.password",
					orEmpty(System.getenv("TANDEM_TEST_DATABASE_PASSWORD")));
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			return Map.of("tandem.database.url", postgres.getJdbcUrl("postgres", "postgres"), "tandem.database.user",
					"postgres", "tandem.database.password", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", ex);
		}
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
