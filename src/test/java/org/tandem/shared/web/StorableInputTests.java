package org.tandem.shared.web;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DataRetrievalFailureException;

import static org.assertj.core.api.Assertions.assertThat;

class StorableInputTests {

	@Test
	void dataTheDatabaseRefusesAsDataIsBadInput() {
		// 22021: a NUL character in text; 22001: a value too long for its column
		for (String state : new String[] { "22021", "22001", "22003" }) {
			assertThat(StorableInput
				.refusedAsData(new DataIntegrityViolationException("refused", new SQLException("refused", state))))
				.as(state)
				.isTrue();
		}
	}

	@Test
	void otherDatabaseFailuresAreNot() {
		assertThat(StorableInput
			.refusedAsData(new DataIntegrityViolationException("duplicate", new SQLException("duplicate", "23505"))))
			.isFalse();
		assertThat(StorableInput.refusedAsData(new DataRetrievalFailureException("gone"))).isFalse();
		assertThat(StorableInput.refusedAsData(new SQLException("no state"))).isFalse();
		assertThat(StorableInput.refusedAsData(null)).isFalse();
	}

}
