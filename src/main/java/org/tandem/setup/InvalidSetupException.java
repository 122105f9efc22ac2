package org.tandem.setup;

/**
 * The first administrator's configuration cannot be used; the message names the
 * environment variable to change and never contains the password.
 */
class InvalidSetupException extends RuntimeException {

	InvalidSetupException(String message) {
		super(message);
	}

}
