package org.tandem.audit;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.tandem.shared.TandemProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the audit log needs to know about people, read straight from the {@code person}
 * and {@code participant} tables (a read model of metadata, one query per question): the
 * person and program modules mark their actions with {@link Audited}, so the audit module
 * must not depend on them in turn.
 */
@Component
class Actors {

	private final JdbcClient jdbc;

	private final TandemProperties properties;

	Actors(JdbcClient jdbc, TandemProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Whether the person sits on the committee of any program.
	 */
	boolean committeeMember(UUID person) {
		return this.jdbc.sql("""
				select exists (select 1 from participant
				  where person_id = :person and role = 'COMMITTEE' and status = 'ACTIVE')
				""").param("person", person).query(Boolean.class).single();
	}

	/**
	 * The id of the person with this email, in any case.
	 */
	Optional<UUID> withEmail(String email) {
		return this.jdbc.sql("select id from person where lower(email) = lower(:email)")
			.param("email", email)
			.query(UUID.class)
			.optional();
	}

	/**
	 * The zone the person reads times in: their own, else Tandem's default.
	 */
	ZoneId zoneOf(UUID person) {
		Optional<String> chosen = this.jdbc.sql("select time_zone from person where id = :person")
			.param("person", person)
			.query(String.class)
			.optional();
		try {
			return chosen.isPresent() ? ZoneId.of(chosen.get()) : this.properties.zone();
		}
		catch (DateTimeException ex) {
			return this.properties.zone();
		}
	}

}
