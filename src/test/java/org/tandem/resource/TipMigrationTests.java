package org.tandem.resource;

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
 * Migration V27 on a schema of its own: a program that existed before it gets the default
 * tips, the same as a program created today.
 */
@IntegrationTest
class TipMigrationTests {

	@RegisterExtension
	final SeparateSchema schema = new SeparateSchema("tips");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Test
	void aProgramFromBeforeTheMigrationGetsTheTipsOfANewProgram() throws IOException {
		this.schema.migrateBefore(27);
		UUID old = this.schema.oldProgram();

		this.schema.migrateAll();

		String columns = "select audience, moment, title, body, position from ";
		List<Map<String, Object>> migratedTips = this.schema.jdbc()
			.sql(columns + this.schema.name + ".program_tip where program_id = :program order by position")
			.param("program", old)
			.query()
			.listOfRows();
		Program fresh = this.programs.create(PairWorld.settings("Program of today", PairWorld.today()));
		List<Map<String, Object>> newTips = this.jdbc
			.sql(columns + "program_tip where program_id = :program order by position")
			.param("program", fresh.id().value())
			.query()
			.listOfRows();
		assertThat(migratedTips).hasSize(16).isEqualTo(newTips);
		assertThat(migratedTips).extracting((row) -> row.get("title")).contains("Write first, and soon");
	}

}
