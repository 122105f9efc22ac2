package org.tandem.shared.database;

import java.util.UUID;

/**
 * Values written into a statement's text rather than bound as parameters.
 * <p>
 * Only for an id whose rows are few for one value and many for another, such as a
 * program's id (a program of 20 pairs beside one of 2,000): bound as a parameter,
 * PostgreSQL found the plan for an average program worse than planning for the value at
 * hand, and planned the statement anew on every execution, several times the cost of
 * running it (0.3–0.5 ms against 0.07 ms for the pairings overview,
 * {@code bench/README.md}). Written into the text, the statement is planned once per
 * value and connection, for that value, and prepared like any other.
 */
public final class SqlLiterals {

	private SqlLiterals() {
	}

	/**
	 * The id as a literal of type {@code uuid}. Safe to put into SQL: a {@link UUID}'s
	 * text is hexadecimal digits and dashes only.
	 */
	public static String uuid(UUID id) {
		return "'" + id + "'::uuid";
	}

}
