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
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for API requests that reach no controller: an unknown path, a method
 * the path does not offer, an upload over the multipart limits. Page requests are passed
 * on unchanged to the HTML error page.
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

	/**
	 * A request over the multipart limits is refused while it is parsed, before any
	 * controller is chosen.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		if (!isApi(request)) {
			throw ex;
		}
		return ApiExceptionHandler.problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
				"The upload is larger than this server accepts.");
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
