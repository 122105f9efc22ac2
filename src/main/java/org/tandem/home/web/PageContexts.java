package org.tandem.home.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.tandem.person.People;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.shared.web.HtmlController;
import org.tandem.shared.web.PageContext;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page its {@link PageContext}: the CSRF token, the signed-in person's
 * navigation (with their unread notifications and messages) and the zone they read times
 * in: one statement per page ({@link ViewerQuery}), sent with the page's first read.
 * Before an {@link HtmlController}'s handler runs, the context goes into the request
 * (where a {@code PageContext ctx} parameter finds it); after, into the model of the view
 * it renders. An interceptor rather than a model attribute method of a controller advice:
 * Spring matched such an advice against the controller and built a handler method for it
 * on every request, about 5 % of a page's CPU time.
 */
@Configuration(proxyBeanMethods = false)
class PageContexts implements HandlerInterceptor, WebMvcConfigurer {

	private static final ClassValue<Boolean> PAGES = new ClassValue<>() {

		@Override
		protected Boolean computeValue(Class<?> type) {
			return AnnotatedElementUtils.hasAnnotation(ClassUtils.getUserClass(type), HtmlController.class);
		}

	};

	private final People people;

	private final ViewerQuery viewers;

	PageContexts(People people, ViewerQuery viewers) {
		this.people = people;
		this.viewers = viewers;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && PAGES.get(method.getBeanType())) {
			request.setAttribute(PageContext.ATTRIBUTE, of(request));
		}
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView view) {
		if (view != null && request.getAttribute(PageContext.ATTRIBUTE) instanceof PageContext context) {
			view.getModel().putIfAbsent(PageContext.ATTRIBUTE, context);
		}
	}

	private PageContext of(HttpServletRequest request) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Supplier<PageContext.Viewer> viewer = null;
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof TandemPrincipal principal) {
			viewer = this.viewers.of(principal, this.people.defaultZone());
		}
		return new PageContext(csrf != null ? csrf.getParameterName() : "_csrf",
				csrf != null ? csrf.getHeaderName() : "X-CSRF-TOKEN", csrf != null ? csrf.getToken() : "", viewer,
				request.getRequestURI(), this.people.defaultZone());
	}

}
