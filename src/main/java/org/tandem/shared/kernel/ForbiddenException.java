package org.tandem.shared.kernel;

/**
 * The caller is known but their role does not allow the action. Answered with 403.
 */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}

}
