package org.tandem.shared.database;

import org.jspecify.annotations.Nullable;

/**
 * The database Tandem was told to use cannot be used; the message says what to change.
 */
class DatabaseUnavailableException extends RuntimeException {

	private final @Nullable String action;

	DatabaseUnavailableException(String message, @Nullable Throwable cause) {
		this(message, null, cause);
	}

	/**
	 * @param action what the operator should do, when it is not about which database to
	 * use
	 */
	DatabaseUnavailableException(String message, @Nullable String action, @Nullable Throwable cause) {
		super(message, cause);
		this.action = action;
	}

	@Nullable String action() {
		return this.action;
	}

}
