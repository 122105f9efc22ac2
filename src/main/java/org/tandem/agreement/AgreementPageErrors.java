package org.tandem.agreement;

import org.tandem.shared.web.ForbiddenException;
import org.tandem.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for the agreement page: a pairing the caller may not see (or a malformed
 * id) is not found; the committee changing the pair's agreement is forbidden.
 */
@ControllerAdvice(assignableTypes = AgreementPages.class)
class AgreementPageErrors {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden() {
		return page(HttpStatus.FORBIDDEN);
	}

	private static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		return page;
	}

}
