package org.tandem.shared.crypto;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;
import org.tandem.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Migrations V20 to V22 on a schema of their own, filled as the application left it
 * before: {@code v1} ciphertexts bound to no row and close reasons in plain text.
 */
@IntegrationTest
class BindCiphertextsToRowsMigrationTests {

	private static final Timestamp NOW = Timestamp.from(Instant.parse("2026-03-02T10:00:00Z"));

	@Autowired
	V21__bind_ciphertexts_to_rows migration;

	@Autowired
	TextCipher cipher;

	private final String schema = "rebind_" + UUID.randomUUID().toString().replace("-", "");

	private DriverManagerDataSource dataSource;

	private JdbcClient jdbc;

	private EncryptionKey key;

	@BeforeEach
	void setUp() {
		Map<String, Object> database = TestDatabase.properties();
		this.dataSource = new DriverManagerDataSource((String) database.get("tandem.database.url"),
				(String) database.get("tandem.database.user"), (String) database.get("tandem.database.password"));
		this.jdbc = JdbcClient.create(this.dataSource);
		this.key = EncryptionKey.parse((String) database.get("tandem.encryption.key"), "the test key");
	}

	@AfterEach
	void dropSchema() {
		this.jdbc.sql("drop schema if exists " + this.schema + " cascade").update();
	}

	@Test
	void everyUnboundCiphertextAndPlainReasonIsBoundToItsRow() {
		migrate("20");
		UUID mentor = person("mentor");
		UUID mentee = person("mentee");
		UUID pairing = closedPairing(mentor, mentee, "My mentor never showed up");
		UUID meeting = UUID.randomUUID();
		String unboundAgenda = v1("Salary worries");
		sql("insert into {s}.meeting (id, pairing_id, occurred_on, format, status, place_enc, agenda_enc,"
				+ " shared_notes_enc, created_by, created_at, updated_at) values (:id, :pairing, :day, 'VIDEO', 'HELD',"
				+ " :place, :agenda, null, :by, :now, :now)")
			.param("id", meeting)
			.param("pairing", pairing)
			.param("day", LocalDate.of(2026, 3, 1))
			.param("place", v1("Cafe Secreto"))
			.param("agenda", unboundAgenda)
			.param("by", mentor)
			.param("now", NOW)
			.update();
		sql("insert into {s}.agreement (pairing_id, goals_enc, updated_at, updated_by)"
				+ " values (:pairing, :goals, :now, :by)")
			.param("pairing", pairing)
			.param("goals", v1("Become a team lead"))
			.param("now", NOW)
			.param("by", mentee)
			.update();
		UUID absence = UUID.randomUUID();
		sql("insert into {s}.absence (id, person_id, starts_on, ends_on, note, created_at)"
				+ " values (:id, :person, :day, :day, :note, :now)")
			.param("id", absence)
			.param("person", mentee)
			.param("day", LocalDate.of(2026, 4, 1))
			.param("note", v1("Hospital"))
			.param("now", NOW)
			.update();

		migrate(null);

		Map<String, Object> row = sql("select place_enc, agenda_enc, shared_notes_enc from {s}.meeting where id = :id")
			.param("id", meeting)
			.query()
			.singleRow();
		assertThat(bound(row.get("place_enc"), new CipherContext("meeting", "place_enc", meeting, pairing)))
			.isEqualTo("Cafe Secreto");
		assertThat(bound(row.get("agenda_enc"), new CipherContext("meeting", "agenda_enc", meeting, pairing)))
			.isEqualTo("Salary worries");
		assertThat(row.get("shared_notes_enc")).isNull();
		assertThat(bound(text("select goals_enc from {s}.agreement where pairing_id = :id", pairing),
				new CipherContext("agreement", "goals_enc", pairing, pairing)))
			.isEqualTo("Become a team lead");
		assertThat(bound(text("select note from {s}.absence where id = :id", absence),
				CipherContext.of("absence", "note", absence)))
			.isEqualTo("Hospital");
		assertThat(bound(text("select close_reason_enc from {s}.pairing where id = :id", pairing),
				new CipherContext("pairing", "close_reason_enc", pairing, pairing)))
			.isEqualTo("My mentor never showed up");
		assertThat(sql("select count(*) from information_schema.columns where table_schema = :schema"
				+ " and table_name = 'pairing' and column_name = 'close_reason'")
			.param("schema", this.schema)
			.query(Long.class)
			.single()).isZero();
		// the old ciphertext, put back by someone with write access, no longer reads
		assertThatThrownBy(
				() -> this.cipher.decrypt(unboundAgenda, new CipherContext("meeting", "agenda_enc", meeting, pairing)))
			.isInstanceOf(DecryptionFailedException.class);
	}

	@Test
	void aCiphertextThatCannotBeReadStopsTheMigrationInsteadOfLosingIt() {
		migrate("20");
		UUID person = person("absent");
		String foreign = UnboundCiphertexts.encrypt("Hospital", TextCipherTests.randomKey());
		UUID absence = UUID.randomUUID();
		sql("insert into {s}.absence (id, person_id, starts_on, ends_on, note, created_at)"
				+ " values (:id, :person, :day, :day, :note, :now)")
			.param("id", absence)
			.param("person", person)
			.param("day", LocalDate.of(2026, 4, 1))
			.param("note", foreign)
			.param("now", NOW)
			.update();

		Throwable failure = catchThrowable(() -> migrate(null));
		StringBuilder messages = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			messages.append(cause.getMessage()).append('\n');
		}
		assertThat(messages).contains("Cannot re-encrypt absence.note of row " + absence)
			.contains("TANDEM_ENCRYPTION_OLD_KEYS")
			.doesNotContain("Hospital");
		assertThat(text("select note from {s}.absence where id = :id", absence)).isEqualTo(foreign);
	}

	private void migrate(String target) {
		var configuration = Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(this.schema)
			.locations("classpath:db/migration")
			.javaMigrations(this.migration);
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

	private String v1(String plaintext) {
		return UnboundCiphertexts.encrypt(plaintext, this.key);
	}

	private String bound(Object stored, CipherContext place) {
		assertThat((String) stored).startsWith("v2:" + this.key.id() + ":");
		return this.cipher.decrypt((String) stored, place);
	}

	private UUID person(String name) {
		UUID id = UUID.randomUUID();
		sql("insert into {s}.person (id, email, name, created_at) values (:id, :email, :name, :now)").param("id", id)
			.param("email", id + "@example.org")
			.param("name", name)
			.param("now", NOW)
			.update();
		return id;
	}

	private UUID closedPairing(UUID mentor, UUID mentee, String reason) {
		UUID program = UUID.randomUUID();
		sql("insert into {s}.program (id, name, starts_on, ends_on, created_at) values (:id, 'P', :from, :to, :now)")
			.param("id", program)
			.param("from", LocalDate.of(2026, 1, 1))
			.param("to", LocalDate.of(2026, 12, 31))
			.param("now", NOW)
			.update();
		UUID pairing = UUID.randomUUID();
		sql("insert into {s}.pairing (id, program_id, mentor_id, mentee_id, status, started_on, closed_on,"
				+ " close_reason, closed_by, created_at) values (:id, :program, :mentor, :mentee, 'CLOSED', :from,"
				+ " :to, :reason, :mentor, :now)")
			.param("id", pairing)
			.param("program", program)
			.param("mentor", mentor)
			.param("mentee", mentee)
			.param("from", LocalDate.of(2026, 1, 5))
			.param("to", LocalDate.of(2026, 3, 1))
			.param("reason", reason)
			.param("now", NOW)
			.update();
		return pairing;
	}

	private String text(String query, UUID id) {
		return sql(query).param("id", id).query(String.class).single();
	}

	private JdbcClient.StatementSpec sql(String query) {
		return this.jdbc.sql(query.replace("{s}", this.schema));
	}

}
