package org.tandem.notification;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's email frequency; a person who never chose gets email at once.
 */
@Service
public class EmailPreferences {

	private final JdbcClient jdbc;

	EmailPreferences(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public EmailFrequency frequencyOf(UUID personId) {
		return this.jdbc.sql("select frequency from email_preference where person_id = :person")
			.param("person", personId)
			.query(String.class)
			.optional()
			.map(EmailFrequency::valueOf)
			.orElse(EmailFrequency.IMMEDIATE);
	}

	@Transactional
	public void choose(UUID personId, EmailFrequency frequency) {
		this.jdbc.sql("""
				insert into email_preference (person_id, frequency) values (:person, :frequency)
				on conflict (person_id) do update set frequency = excluded.frequency
				""").param("person", personId).param("frequency", frequency.name()).update();
	}

}
