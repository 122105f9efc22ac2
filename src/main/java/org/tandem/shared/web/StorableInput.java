package org.tandem.shared.web;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;

/**
 * Recognizes input that the database refused as data (SQL state class 22: a NUL
 * character, a value too long or out of range), which is the caller's bad input and so a
 * 400, whichever field a form or a JSON body forgot to check.
 */
final class StorableInput {

	private StorableInput() {
	}

	static boolean refusedAsData(@Nullable Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
