package org.tandem.shared.database;

import org.jspecify.annotations.Nullable;

/**
 * The database Tandem was told to use cannot be used; the message says what to change.
 */
class DatabaseUnavailableException extends RuntimeException {

	DatabaseUnavailableException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
