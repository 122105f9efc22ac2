package org.tandem.shared.web;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.kernel.ThrottledException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error of the JSON API as an RFC 9457 problem detail; validation errors
 * carry an {@code errors} array of {@code {field, message}}. Messages never echo stored
 * text, only what the caller sent or a fixed sentence.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler({ ForbiddenException.class, AccessDeniedException.class })
	ProblemDetail forbidden(RuntimeException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden",
				ex instanceof ForbiddenException ? ex.getMessage() : "Your role does not allow this action.");
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthorized(AuthenticationException ex) {
		return problem(HttpStatus.UNAUTHORIZED, "Unauthorized", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
		if (ex.field() != null) {
			problem.setProperty("errors", List.of(new InvalidInputException.FieldError(ex.field(), ex.getMessage())));
		}
		return problem;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return invalid(ex.errors());
	}

	/**
	 * Data the database cannot store (a NUL character, a value too long) is bad input,
	 * not a server error; anything else stays a 500.
	 */
	@ExceptionHandler(DataAccessException.class)
	ProblemDetail unstorable(DataAccessException ex) {
		if (!StorableInput.refusedAsData(ex)) {
			throw ex;
		}
		return invalid(List.of(new InvalidInputException.FieldError("body",
				"holds a value that cannot be stored, such as a NUL character or an over-long text")));
	}

	@ExceptionHandler(ThrottledException.class)
	ProblemDetail throttled(ThrottledException ex) {
		return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", ex.getMessage());
	}

	/**
	 * A malformed id in the path names nothing that exists: 404, as for an unknown id. A
	 * malformed query parameter is a 400.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			return problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing with this id.");
		}
		return invalid(List.of(new InvalidInputException.FieldError(ex.getName(), "has an invalid format")));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInputException.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new InvalidInputException.FieldError(error.getField(), error.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest().body(invalid(errors));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		InvalidInputException.FieldError error;
		if (cause instanceof UnrecognizedPropertyException unknown) {
			error = new InvalidInputException.FieldError(unknown.getPropertyName(), "is not a known field");
		}
		else if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			error = new InvalidInputException.FieldError(path(jackson), "has an invalid value or type");
		}
		else {
			error = new InvalidInputException.FieldError("body", "is missing or is not valid JSON");
		}
		return ResponseEntity.badRequest().body(invalid(List.of(error)));
	}

	private static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map((reference) -> reference.getPropertyName() != null ? reference.getPropertyName()
					: String.valueOf(reference.getIndex()))
			.collect(Collectors.joining("."));
	}

	static ProblemDetail invalid(List<InvalidInputException.FieldError> errors) {
		String detail = errors.stream()
			.map((error) -> error.field() + " " + error.message())
			.collect(Collectors.joining("; "));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request", detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
		problem.setTitle(title);
		return problem;
	}

}
