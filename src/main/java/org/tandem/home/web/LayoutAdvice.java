package org.tandem.home.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.tandem.message.Messages;
import org.tandem.notification.Notifications;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.person.PersonId;
import org.tandem.person.ProgramRoles;
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
 * in.
 */
@ControllerAdvice(annotations = HtmlController.class)
class LayoutAdvice {

	private final People people;

	private final ProgramRoles roles;

	private final Notifications notifications;

	private final Messages messages;

	LayoutAdvice(People people, ProgramRoles roles, Notifications notifications, Messages messages) {
		this.people = people;
		this.roles = roles;
		this.notifications = notifications;
		this.messages = messages;
	}

	@ModelAttribute("ctx")
	PageContext pageContext(HttpServletRequest request, @AuthenticationPrincipal @Nullable TandemPrincipal principal) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		PageContext.Viewer viewer = null;
		if (principal != null) {
			Person person = this.people.find(new PersonId(principal.personId())).orElse(null);
			viewer = new PageContext.Viewer(principal.personId(), (person != null) ? person.name() : "",
					principal.admin(), this.roles.isCommitteeMember(principal.personId()),
					this.notifications.unreadCount(principal.personId()),
					this.messages.unreadCount(principal.personId()),
					(person != null) ? this.people.zoneOf(person) : this.people.defaultZone());
		}
		return new PageContext(csrf != null ? csrf.getParameterName() : "_csrf",
				csrf != null ? csrf.getHeaderName() : "X-CSRF-TOKEN", csrf != null ? csrf.getToken() : "", viewer,
				request.getRequestURI(), this.people.defaultZone());
	}

}
