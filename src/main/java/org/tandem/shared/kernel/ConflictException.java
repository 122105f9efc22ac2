package org.tandem.shared.kernel;

/**
 * The request conflicts with the current state (a duplicate email, a full capacity).
 * Answered with 409.
 */
public class ConflictException extends RuntimeException {

	private final String field;

	public ConflictException(String message) {
		this(null, message);
	}

	public ConflictException(String field, String message) {
		super(message);
		this.field = field;
	}

	/**
	 * The form field the conflict is about, or {@code null}.
	 */
	public String field() {
		return this.field;
	}

}
