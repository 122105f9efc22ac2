package org.tandem.shared.crypto;

/**
 * A stored ciphertext cannot be decrypted: it is malformed, was changed, or was encrypted
 * with a key Tandem no longer has. The message names at most the key id, never any text.
 */
public class DecryptionFailedException extends RuntimeException {

	DecryptionFailedException(String message) {
		super(message);
	}

	DecryptionFailedException(String message, Throwable cause) {
		super(message, cause);
	}

}
