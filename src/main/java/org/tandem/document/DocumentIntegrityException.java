package org.tandem.document;

/**
 * The stored bytes of a document version are not what was uploaded: a chunk is missing,
 * was changed, moved or reordered, or they do not add up to the recorded size. The
 * message names no content.
 */
public class DocumentIntegrityException extends RuntimeException {

	DocumentIntegrityException(String message) {
		super(message);
	}

	DocumentIntegrityException(String message, Throwable cause) {
		super(message, cause);
	}

}
