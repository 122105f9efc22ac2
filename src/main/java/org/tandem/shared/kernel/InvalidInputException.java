package org.tandem.shared.kernel;

import java.util.List;

/**
 * Input that passed the form's own checks but breaks a rule of the domain. Answered with
 * 400 and the fields at fault.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public InvalidInputException(List<FieldError> errors) {
		super(errors.isEmpty() ? "Invalid input" : errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return this.errors;
	}

	/**
	 * One field's problem, as it appears in a problem detail's {@code errors} array.
	 */
	public record FieldError(String field, String message) {
	}

}
