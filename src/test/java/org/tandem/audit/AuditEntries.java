package org.tandem.audit;

import java.util.List;
import java.util.UUID;

import org.tandem.person.Person;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit entries of one person as the tests read them, straight from the table.
 */
record AuditEntries(JdbcClient jdbc) {

	/** One row of the table. */
	record Row(String action, String target, String address, String method, String path) {

	}

	List<Row> of(Person actor) {
		return this.jdbc.sql("""
				select action, target, address, http_method, path from audit_entry where actor_id = :actor
				order by at, id""")
			.param("actor", actor.id().value())
			.query((rs, row) -> new Row(rs.getString("action"), rs.getString("target"), rs.getString("address"),
					rs.getString("http_method"), rs.getString("path")))
			.list();
	}

}
