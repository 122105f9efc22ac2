package org.tandem.feedback;

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
 * Migration V30 on a schema of its own: a program that existed before it gets the default
 * evaluation questions, the same as a program created today.
 */
@IntegrationTest
class EvaluationQuestionMigrationTests {

	@RegisterExtension
	final SeparateSchema schema = new SeparateSchema("questions");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Test
	void aProgramFromBeforeTheMigrationGetsTheQuestionsOfANewProgram() throws IOException {
		this.schema.migrateBefore(30);
		UUID old = this.schema.oldProgram();

		this.schema.migrateAll();

		String columns = "select prompt, kind, applies_to, required, position from ";
		List<Map<String, Object>> migrated = this.schema.jdbc()
			.sql(columns + this.schema.name + ".evaluation_question where program_id = :program order by position")
			.param("program", old)
			.query()
			.listOfRows();
		Program fresh = this.programs.create(PairWorld.settings("Program of today", PairWorld.today()));
		List<Map<String, Object>> today = this.jdbc
			.sql(columns + "evaluation_question where program_id = :program order by position")
			.param("program", fresh.id().value())
			.query()
			.listOfRows();
		assertThat(migrated).hasSize(6).isEqualTo(today);
	}

}
