package org.tandem.meeting;

import org.tandem.shared.web.ConflictException;
import org.tandem.shared.web.ForbiddenException;
import org.tandem.shared.web.InvalidInputException;
import org.tandem.shared.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for the meeting pages: a pairing or meeting the caller may not see (or a
 * malformed id) is not found; the committee writing is forbidden; a closed pairing is a
 * conflict.
 */
@ControllerAdvice(assignableTypes = MeetingPages.class)
class MeetingPageErrors {

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound() {
		return page(HttpStatus.NOT_FOUND);
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden() {
		return page(HttpStatus.FORBIDDEN);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict() {
		return page(HttpStatus.CONFLICT);
	}

	@ExceptionHandler({ InvalidInputException.class, MissingServletRequestParameterException.class })
	ModelAndView invalid() {
		return page(HttpStatus.BAD_REQUEST);
	}

	private static ModelAndView page(HttpStatus status) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		return page;
	}

}
