package org.tandem.activity;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.SeparateSchema;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V26 on a schema of its own: a program that existed before it gets the five
 * default activities, the same as a program created today.
 */
@IntegrationTest
class ActivityMigrationTests {

	@RegisterExtension
	final SeparateSchema schema = new SeparateSchema("activities");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Test
	void aProgramFromBeforeTheMigrationGetsTheDefaultsOfANewProgram() throws IOException {
		this.schema.migrateBefore(26);
		UUID old = this.schema.oldProgram();

		this.schema.migrateAll();

		List<Map<String, Object>> migratedDefaults = this.schema.jdbc()
			.sql("select title, description, position, retired_at from " + this.schema.name
					+ ".program_activity where program_id = :program order by position")
			.param("program", old)
			.query()
			.listOfRows();
		Program fresh = this.programs.create(PairWorld.settings("Program of today", PairWorld.today()));
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

}
