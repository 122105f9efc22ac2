package org.tandem.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log is append-only: no code changes or removes an entry, and the database
 * refuses it even to the application's own connection.
 */
@IntegrationTest
class AuditAppendOnlyTests {

	/** A statement that would change or remove entries, however it is spelled. */
	static final Pattern CHANGE = Pattern
		.compile("(update\\s+audit_entry|delete\\s+from\\s+audit_entry|truncate\\s+(table\\s+)?audit_entry"
				+ "|alter\\s+table\\s+audit_entry|drop\\s+table\\s+audit_entry)", Pattern.CASE_INSENSITIVE);

	@Autowired
	PairWorlds worlds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDatabaseRefusesToUpdateOrDeleteAnEntry() {
		UUID actor = this.worlds.create().committee.id().value();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into audit_entry (id, at, actor_id, action, target, address, http_method, path)
				values (:id, :at, :actor, 'program.update', 'program 1', '192.0.2.1', 'POST', '/programs/1/edit')""")
			.param("id", id)
			.param("at", Timestamp.from(Instant.now()))
			.param("actor", actor)
			.update();

		assertThatThrownBy(() -> this.jdbc.sql("update audit_entry set action = 'nothing' where id = :id")
			.param("id", id)
			.update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_entry where id = :id").param("id", id).update())
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_entry").update()).isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("append-only");
		assertThat(this.jdbc.sql("select action from audit_entry where id = :id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("program.update");
	}

	@Test
	void noCodeChangesOrRemovesAnEntry() throws IOException {
		List<String> offenders;
		try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")),
				Files.walk(Path.of("src/main/resources")))) {
			offenders = files.filter(Files::isRegularFile)
				.filter((file) -> !file.endsWith(Path.of("db/migration/V32__audit_log.sql")))
				.filter((file) -> CHANGE.matcher(read(file)).find())
				.map(Path::toString)
				.toList();
		}
		assertThat(offenders).as("files that change or remove audit entries").isEmpty();
		assertThat(CHANGE.matcher("jdbc.sql(\"DELETE  FROM audit_entry where id = :id\")").find()).isTrue();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return "";
		}
	}

}
