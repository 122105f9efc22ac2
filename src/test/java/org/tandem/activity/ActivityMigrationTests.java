package org.tandem.activity;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V26 on a schema of its own: a program that existed before it gets the five
 * default activities, the same as a program created today.
 */
@IntegrationTest
class ActivityMigrationTests {

	@Autowired
	JavaMigration[] javaMigrations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	private final String schema = "activities_" + UUID.randomUUID().toString().replace("-", "");

	private JdbcClient migrated;

	private DriverManagerDataSource dataSource;

	@BeforeEach
	void setUp() {
		Map<String, Object> database = TestDatabase.properties();
		this.dataSource = new DriverManagerDataSource((String) database.get("tandem.database.url"),
				(String) database.get("tandem.database.user"), (String) database.get("tandem.database.password"));
		this.migrated = JdbcClient.create(this.dataSource);
	}

	@AfterEach
	void dropSchema() {
		this.migrated.sql("drop schema if exists " + this.schema + " cascade").update();
	}

	@Test
	void aProgramFromBeforeTheMigrationGetsTheDefaultsOfANewProgram() throws IOException {
		migrate(versionBefore(26));
		UUID old = UUID.randomUUID();
		this.migrated
			.sql("insert into " + this.schema + ".program (id, name, starts_on, ends_on, created_at)"
					+ " values (:id, 'Old program', :from, :to, :now)")
			.param("id", old)
			.param("from", LocalDate.of(2025, 9, 1))
			.param("to", LocalDate.of(2026, 8, 31))
			.param("now", Timestamp.from(Instant.parse("2025-08-01T10:00:00Z")))
			.update();

		migrate(null);

		List<Map<String, Object>> migratedDefaults = this.migrated
			.sql("select title, description, position, retired_at from " + this.schema
					+ ".program_activity where program_id = :program order by position")
			.param("program", old)
			.query()
			.listOfRows();
		Program fresh = this.programs.create(new Program.Settings(PairWorld.unique("Program of today"), null,
				PairWorld.today(), PairWorld.today().plusYears(1), 28, 42, 7, false));
		List<Map<String, Object>> newDefaults = this.jdbc
			.sql("select title, description, position, retired_at from program_activity where program_id = :program"
					+ " order by position")
			.param("program", fresh.id().value())
			.query()
			.listOfRows();
		assertThat(migratedDefaults).hasSize(5).isEqualTo(newDefaults);
		assertThat(migratedDefaults).extracting((row) -> row.get("title"))
			.containsExactlyElementsOf(ActivityCatalogueApiTests.DEFAULT_TITLES);
		assertThat(migratedDefaults).allSatisfy((row) -> {
			assertThat(row.get("retired_at")).isNull();
			assertThat((String) row.get("description")).isNotBlank();
		});
	}

	private void migrate(MigrationVersion target) {
		var configuration = Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(this.schema)
			.locations("classpath:db/migration")
			.javaMigrations(this.javaMigrations);
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

	/**
	 * The last migration before this version, whichever features added migrations.
	 */
	static MigrationVersion versionBefore(int version) throws IOException {
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
