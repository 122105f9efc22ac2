package org.tandem.shared.database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the application's
 * context is prepared, so that the server boots while Spring reads the configuration and
 * makes the web server (about a second), rather than after it.
 * {@link DatabaseConfiguration} then {@linkplain Pending#take takes} the started server,
 * or the failure, which it throws as if it had started the server itself.
 * <p>
 * Registered in {@code META-INF/spring.factories}. It starts nothing when an external
 * database is configured. A server that no bean took (a context that failed early, or one
 * without the data source) is stopped when the application has started or failed.
 */
final class EmbeddedPostgresHeadStart implements ApplicationListener<SpringApplicationEvent> {

	static final String BEAN = "tandemEmbeddedPostgresHeadStart";

	@Override
	public void onApplicationEvent(SpringApplicationEvent event) {
		if (event instanceof ApplicationPreparedEvent prepared) {
			begin(prepared.getApplicationContext());
		}
		else if (event instanceof ApplicationStartedEvent started) {
			release(started.getApplicationContext());
		}
		else if (event instanceof ApplicationFailedEvent failed && failed.getApplicationContext() != null) {
			release(failed.getApplicationContext());
		}
	}

	private static void begin(ConfigurableApplicationContext context) {
		DatabaseProperties properties = Binder.get(context.getEnvironment())
			.bindOrCreate("tandem.database", DatabaseProperties.class);
		if (properties.isExternal() || context.getBeanFactory().containsSingleton(BEAN)) {
			return;
		}
		context.getBeanFactory().registerSingleton(BEAN, Pending.start(properties.dataDirectory()));
	}

	private static void release(ConfigurableApplicationContext context) {
		if (context.getBeanFactory().containsSingleton(BEAN)) {
			((Pending) context.getBeanFactory().getSingleton(BEAN)).stopIfNotTaken();
		}
	}

	/**
	 * An embedded server being started in one data directory, to be taken once.
	 */
	static final class Pending {

		private static final Logger log = LoggerFactory.getLogger(Pending.class);

		private final Path dataDirectory;

		private final CompletableFuture<EmbeddedPostgresServer> server;

		private final AtomicBoolean taken = new AtomicBoolean();

		private Pending(Path dataDirectory, CompletableFuture<EmbeddedPostgresServer> server) {
			this.dataDirectory = dataDirectory;
			this.server = server;
		}

		static Pending start(Path dataDirectory) {
			return new Pending(dataDirectory,
					CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.start(dataDirectory), (task) -> {
						Thread thread = new Thread(task, "embedded-postgres-start");
						thread.setDaemon(true);
						thread.start();
					}));
		}

		/**
		 * The server started in this data directory, once it is up, or {@code null} when
		 * it was started for another directory or has been taken already.
		 * @throws DatabaseUnavailableException when the server could not start
		 */
		@Nullable EmbeddedPostgresServer take(Path dataDirectory) {
			if (!this.dataDirectory.equals(dataDirectory) || !this.taken.compareAndSet(false, true)) {
				return null;
			}
			try {
				return this.server.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw ex;
			}
		}

		/**
		 * Stops the server (and frees its data directory) unless a bean took it.
		 */
		void stopIfNotTaken() {
			if (!this.taken.compareAndSet(false, true)) {
				return;
			}
			try {
				this.server.join().close();
			}
			catch (Exception ex) {
				log.debug("The embedded PostgreSQL started ahead in {} was not used", this.dataDirectory, ex);
			}
		}

	}

}
