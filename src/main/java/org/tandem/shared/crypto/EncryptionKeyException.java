package org.tandem.shared.crypto;

/**
 * The encryption key configuration cannot be used; the message says what to change and
 * never contains a key.
 */
class EncryptionKeyException extends RuntimeException {

	EncryptionKeyException(String message) {
		super(message);
	}

	EncryptionKeyException(String message, Throwable cause) {
		super(message, cause);
	}

}
