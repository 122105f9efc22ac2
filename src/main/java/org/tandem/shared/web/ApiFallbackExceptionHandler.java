package org.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for API requests that reach no controller: an unknown path or a method
 * the path does not offer. Page requests are passed on unchanged to the HTML error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackExceptionHandler {

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noSuchPath(NoResourceFoundException ex, HttpServletRequest request) throws NoResourceFoundException {
		if (!isApi(request)) {
			throw ex;
		}
		return ApiExceptionHandler.problem(HttpStatus.NOT_FOUND, "Not found", "There is no such path in the API.");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		if (!isApi(request)) {
			throw ex;
		}
		return ApiExceptionHandler.problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
				"This path does not accept " + ex.getMethod() + ".");
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException ex, HttpServletRequest request)
			throws HttpMediaTypeNotAcceptableException {
		if (!isApi(request)) {
			throw ex;
		}
		return ApiExceptionHandler.problem(HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
				"The API answers in application/json.");
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
