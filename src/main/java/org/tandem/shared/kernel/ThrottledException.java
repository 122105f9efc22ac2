package org.tandem.shared.kernel;

/**
 * Too many attempts in too short a time. Answered with 429.
 */
public class ThrottledException extends RuntimeException {

	public ThrottledException(String message) {
		super(message);
	}

}
