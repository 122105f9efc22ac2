package org.tandem.support;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A schema of its own in the test database, for testing a migration on the data it found:
 * migrate up to the version before it, write rows as the application left them, migrate
 * to the end. Register it in an {@link IntegrationTest} with {@code @RegisterExtension}:
 * it takes the application's Java migrations before each test and drops the schema after
 * it.
 */
public final class SeparateSchema implements BeforeEachCallback, AfterEachCallback {

	/** The schema's name, to qualify table names with. */
	public final String name;

	private final DriverManagerDataSource dataSource;

	private final JdbcClient jdbc;

	private JavaMigration[] javaMigrations = new JavaMigration[0];

	/** A schema named by the prefix and a random suffix. */
	public SeparateSchema(String prefix) {
		this.name = prefix + "_" + UUID.randomUUID().toString().replace("-", "");
		Map<String, Object> database = TestDatabase.properties();
		this.dataSource = new DriverManagerDataSource((String) database.get("tandem.database.url"),
				(String) database.get("tandem.database.user"), (String) database.get("tandem.database.password"));
		this.jdbc = JdbcClient.create(this.dataSource);
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.javaMigrations = SpringExtension.getApplicationContext(context)
			.getBeansOfType(JavaMigration.class)
			.values()
			.toArray(JavaMigration[]::new);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.jdbc.sql("drop schema if exists " + this.name + " cascade").update();
	}

	/** Statements on the test database, outside the application's pool. */
	public JdbcClient jdbc() {
		return this.jdbc;
	}

	/**
	 * Migrates up to the last migration before the version, whichever features added
	 * migrations.
	 */
	public void migrateBefore(int version) throws IOException {
		migrate(versionBefore(version));
	}

	/** Migrates to the last version. */
	public void migrateAll() {
		migrate(null);
	}

	private void migrate(@Nullable MigrationVersion target) {
		var configuration = Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(this.name)
			.locations("classpath:db/migration")
			.javaMigrations(this.javaMigrations);
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

	/**
	 * A program written as the application wrote one in 2025 (Sep 2025 to Aug 2026): its
	 * id.
	 */
	public UUID oldProgram() {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("insert into " + this.name + ".program (id, name, starts_on, ends_on, created_at)"
					+ " values (:id, 'Old program', :from, :to, :now)")
			.param("id", id)
			.param("from", LocalDate.of(2025, 9, 1))
			.param("to", LocalDate.of(2026, 8, 31))
			.param("now", Timestamp.from(Instant.parse("2025-08-01T10:00:00Z")))
			.update();
		return id;
	}

	private static MigrationVersion versionBefore(int version) throws IOException {
		return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*"))
			.map((resource) -> Objects.requireNonNull(resource.getFilename()).replaceFirst("^V(\\d+)__.*$", "$1"))
			.mapToInt(Integer::parseInt)
			.filter((v) -> v < version)
			.max()
			.stream()
			.mapToObj((v) -> MigrationVersion.fromVersion(Integer.toString(v)))
			.findFirst()
			.orElseThrow();
	}

}
