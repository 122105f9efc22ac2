package org.tandem.account;

import org.tandem.shared.kernel.InvalidInputException;

/**
 * A password is 12 to 128 characters long; no composition rules (NIST SP 800-63B).
 */
final class PasswordPolicy {

	static final int MIN = 12;

	static final int MAX = 128;

	private PasswordPolicy() {
	}

	static void check(String field, String password) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN || length > MAX) {
			throw new InvalidInputException(field, "must be between " + MIN + " and " + MAX + " characters long");
		}
		if (password.isBlank()) {
			throw new InvalidInputException(field, "must not be only spaces");
		}
	}

}
