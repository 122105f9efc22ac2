package org.tandem.audit.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tandem.audit.AuditAction;
import org.tandem.audit.AuditLog;
import org.tandem.audit.Audited;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Writes an audit entry after a handler marked {@link Audited} has done its work: only
 * when it succeeded (no exception, a status below 400, for a page no form sent back with
 * errors, and no {@link Audited#NOTHING_DONE} said by the handler) and only for
 * administrators and committee members (see {@link AuditLog#record}).
 * <p>
 * The entry is written after the action, in a transaction of its own: an action is never
 * undone or turned into an error page because its entry could not be written. Such a
 * failure is logged at ERROR with the actor, the action and the target (never the
 * request's body), so that an operator sees the gap.
 */
class AuditRecorder implements HandlerInterceptor {

	private static final Logger log = LoggerFactory.getLogger(AuditRecorder.class);

	private static final String FORM_REJECTED = AuditRecorder.class.getName() + ".formRejected";

	private final AuditLog auditLog;

	AuditRecorder(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (audited(handler) != null && view != null && RejectedForms.any(view.getModel())) {
			request.setAttribute(FORM_REJECTED, Boolean.TRUE);
		}
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable Exception ex) {
		Audited audited = audited(handler);
		if (audited == null || ex != null || response.getStatus() >= 400 || request.getAttribute(FORM_REJECTED) != null
				|| request.getAttribute(Audited.NOTHING_DONE) != null) {
			return;
		}
		TandemPrincipal actor = actor();
		if (actor == null) {
			return;
		}
		AuditAction action = new AuditAction(audited.value(), target(audited, request), request.getRemoteAddr(),
				request.getMethod(), request.getRequestURI());
		try {
			this.auditLog.record(actor, action);
		}
		catch (RuntimeException failure) {
			log.error("Audit entry lost: {} by {} on {} ({} {}) could not be written", action.action(),
					actor.personId(), action.target(), action.method(), action.path(), failure);
		}
	}

	private static @Nullable Audited audited(Object handler) {
		return (handler instanceof HandlerMethod method) ? method.getMethodAnnotation(Audited.class) : null;
	}

	private static @Nullable TandemPrincipal actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof TandemPrincipal principal)
				? principal : null;
	}

	/**
	 * The annotation's target with the request's path variables filled in, else the path.
	 */
	static String target(Audited audited, HttpServletRequest request) {
		if (audited.target().isEmpty()) {
			return request.getRequestURI();
		}
		String target = audited.target();
		if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
			for (Map.Entry<?, ?> variable : variables.entrySet()) {
				target = target.replace("{" + variable.getKey() + "}", String.valueOf(variable.getValue()));
			}
		}
		return target;
	}

}
