package org.tandem.cadence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.shared.kernel.Paging;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The private note of an absence is confidential text: the database holds only its
 * ciphertext.
 */
@IntegrationTest
class AbsenceNoteEncryptionTests {

	@Autowired
	Absences absences;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void noteIsStoredEncryptedAndReadBackInClear() {
		UUID person = this.fixtures.person("Secret Absentee").id().value();
		LocalDate from = LocalDate.now(this.clock).plusDays(3);
		String note = "Hospital appointment, please keep this private";

		Absence saved = this.absences.announce(person, from, from.plusDays(2), note);

		String stored = this.jdbc.sql("select note from absence where id = :id")
			.param("id", saved.id())
			.query(String.class)
			.single();
		assertThat(stored).startsWith("v2:").doesNotContain("Hospital").doesNotContain("private");
		assertThat(this.absences.ofPerson(person, new Paging(0, 10)).items()).extracting(Absence::note)
			.containsExactly(note);
	}

}
