package org.tandem.home.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.tandem.person.People;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.PageContext;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page its {@link PageContext}: the CSRF token, the signed-in person's
 * navigation (with their unread notifications and messages) and the zone they read times
 * in: one statement per page ({@link ViewerQuery}), sent with the page's first read.
 */
@ControllerAdvice(annotations = HtmlController.class)
class LayoutAdvice {

	private final People people;

	private final ViewerQuery viewers;

	LayoutAdvice(People people, ViewerQuery viewers) {
		this.people = people;
		this.viewers = viewers;
	}

	@ModelAttribute("ctx")
	PageContext pageContext(HttpServletRequest request, @AuthenticationPrincipal @Nullable TandemPrincipal principal) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Supplier<PageContext.Viewer> viewer = null;
		if (principal != null) {
			viewer = this.viewers.of(principal, this.people.defaultZone());
		}
		return new PageContext(csrf != null ? csrf.getParameterName() : "_csrf",
				csrf != null ? csrf.getHeaderName() : "X-CSRF-TOKEN", csrf != null ? csrf.getToken() : "", viewer,
				request.getRequestURI(), this.people.defaultZone());
	}

}
