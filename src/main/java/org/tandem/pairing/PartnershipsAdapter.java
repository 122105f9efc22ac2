package org.tandem.pairing;

import java.util.UUID;

import org.tandem.person.Partnerships;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the person feature who is paired with whom, so partners may read each other's
 * profile.
 */
@Component
class PartnershipsAdapter implements Partnerships {

	private final JdbcClient jdbc;

	PartnershipsAdapter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean arePartners(UUID person, UUID other) {
		return this.jdbc.sql("""
				select exists (select 1 from pairing
				  where (mentor_id = :a and mentee_id = :b) or (mentor_id = :b and mentee_id = :a))
				""").param("a", person).param("b", other).query(Boolean.class).single();
	}

}
