package org.tandem.shared.kernel;

/**
 * The object does not exist, or the caller may not know that it exists. Answered with
 * 404.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}

}
