package org.tandem.shared.web;

import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.NotFoundException;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for every page controller: something the caller may not see (or a
 * malformed id) is not found, an action their role does not allow is forbidden, a clash
 * with the current state is a conflict, bad input a bad request. The page names the
 * status only, never what was asked for.
 */
@ControllerAdvice(annotations = HtmlController.class)
class HtmlErrorPages {

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

	/**
	 * Data the database cannot store (a NUL character, a value too long) is bad input,
	 * not a server error; anything else stays a 500.
	 */
	@ExceptionHandler(DataAccessException.class)
	ModelAndView unstorable(DataAccessException ex) {
		if (!StorableInput.refusedAsData(ex)) {
			throw ex;
		}
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
