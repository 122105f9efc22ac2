package org.tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One PostgreSQL for the whole test JVM: {@code TANDEM_TEST_DATABASE_URL} (with
 * {@code _USER} and {@code _PASSWORD}) when set, otherwise an embedded server started on
 * first use.
 * <p>
 * The embedded server is stopped at JVM exit only after every test application context
 * using it has closed: JVM shutdown hooks run concurrently, and a server stopped under an
 * open connection pool makes the context's own shutdown hang.
 */
public final class TestDatabase {

	private static final AtomicInteger openContexts = new AtomicInteger();

	private static Map<String, Object> properties;

	private TestDatabase() {
	}

	public static synchronized Map<String, Object> properties() {
		if (properties == null) {
			properties = new HashMap<>(start());
			// a fixed key: with an external database, Tandem refuses to start without one
			properties.put("tandem.encryption.key", "dGFuZGVtLXRlc3Qta2V5LW5vdC1hLXNlY3JldC0zMmI=");
		}
		return properties;
	}

	static void contextOpened() {
		openContexts.incrementAndGet();
	}

	static void contextClosed() {
		synchronized (openContexts) {
			openContexts.decrementAndGet();
			openContexts.notifyAll();
		}
	}

	private static Map<String, Object> start() {
		String external = System.getenv("TANDEM_TEST_DATABASE_URL");
		if (external != null && !external.isBlank()) {
			return Map.of("tandem.database.url", external, "tandem.database.user",
					orEmpty(System.getenv("TANDEM_TEST_DATABASE_USER")), "tandem.database.password",
					orEmpty(System.getenv("TANDEM_TEST_DATABASE_PASSWORD")));
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterContexts(postgres), "test-database-stop"));
			return Map.of("tandem.database.url", postgres.getJdbcUrl("postgres", "postgres"), "tandem.database.user",
					"postgres", "tandem.database.password", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", ex);
		}
	}

	private static void stopAfterContexts(EmbeddedPostgres postgres) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
		synchronized (openContexts) {
			while (openContexts.get() > 0 && System.nanoTime() < deadline) {
				try {
					openContexts.wait(200);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					break;
				}
			}
		}
		try {
			postgres.close();
		}
		catch (IOException ex) {
			// the JVM is ending; the server's own process exits with it
		}
	}

	private static String orEmpty(String value) {
		return value == null ? "" : value;
	}

}
