package org.tandem.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Reads a program from a row of another feature's explicit SQL that joins the
 * {@code program} table as {@code pr} and selects {@link #COLUMNS}: a query that runs
 * anyway (a pairing with its access check, a page of pairings) brings its programs along,
 * and {@link Programs#remember} spares the request loading them again.
 */
public final class ProgramRows {

	/** The program's columns, prefixed {@code pr_}, from the table aliased {@code pr}. */
	public static final String COLUMNS = """
			pr.id as pr_id, pr.name as pr_name, pr.description as pr_description, pr.starts_on as pr_starts_on,
			  pr.ends_on as pr_ends_on, pr.cadence_min_days as pr_cadence_min_days,
			  pr.cadence_max_days as pr_cadence_max_days, pr.first_contact_days as pr_first_contact_days,
			  pr.enrollment_open as pr_enrollment_open, pr.created_at as pr_created_at, pr.version as pr_version""";

	private ProgramRows() {
	}

	/**
	 * The program in the current row, as {@code Programs.find} would load it.
	 */
	public static Program program(ResultSet rs) throws SQLException {
		return Program.restore(rs.getObject("pr_id", UUID.class),
				new Program.Settings(rs.getString("pr_name"), rs.getString("pr_description"),
						rs.getObject("pr_starts_on", LocalDate.class), rs.getObject("pr_ends_on", LocalDate.class),
						rs.getInt("pr_cadence_min_days"), rs.getInt("pr_cadence_max_days"),
						rs.getInt("pr_first_contact_days"), rs.getBoolean("pr_enrollment_open")),
				rs.getTimestamp("pr_created_at").toInstant(), rs.getInt("pr_version"));
	}

}
