package org.tandem.shared.crypto;

import org.jspecify.annotations.Nullable;

/**
 * The encryption key configuration cannot be used; the message says what to change and
 * never contains a key.
 */
class EncryptionKeyException extends RuntimeException {

	private final @Nullable String action;

	EncryptionKeyException(String message) {
		this(message, (String) null);
	}

	/**
	 * @param action what the operator should do, when it is not about the key's value
	 */
	EncryptionKeyException(String message, @Nullable String action) {
		super(message);
		this.action = action;
	}

	EncryptionKeyException(String message, Throwable cause) {
		super(message, cause);
		this.action = null;
	}

	@Nullable String action() {
		return this.action;
	}

}
