package org.tandem.pairing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reads a pairing from a row of explicit SQL that selects the table's columns
 * ({@link #COLUMNS}, with the alias {@code p}), for queries that answer more than the
 * repository's mapping can in one statement.
 */
final class PairingRows {

	static final String COLUMNS = """
			p.id, p.program_id, p.mentor_id, p.mentee_id, p.status, p.started_on, p.first_contact_on,
			p.last_contact_on, p.closed_on, p.close_reason_enc, p.closed_by, p.created_at, p.version""";

	private PairingRows() {
	}

	static Pairing pairing(ResultSet rs) throws SQLException {
		return Pairing.restore(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class),
				rs.getObject("mentor_id", UUID.class), rs.getObject("mentee_id", UUID.class),
				PairingStatus.valueOf(rs.getString("status")), rs.getObject("started_on", LocalDate.class),
				rs.getObject("first_contact_on", LocalDate.class), rs.getObject("last_contact_on", LocalDate.class),
				rs.getObject("closed_on", LocalDate.class), rs.getString("close_reason_enc"),
				rs.getObject("closed_by", UUID.class), rs.getTimestamp("created_at").toInstant(), rs.getInt("version"));
	}

}
