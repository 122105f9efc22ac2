package org.tandem.shared.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands a page controller the {@link PageContext} the layout gets
 * ({@code PageContext ctx} as a handler parameter), so that it reads and shows times in
 * the viewer's zone. Never bound from the request's parameters: it is the request
 * attribute {@value PageContext#ATTRIBUTE} made for every {@link HtmlController}.
 */
class PageContextArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PageContext.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
			WebDataBinderFactory binderFactory) {
		if (request.getAttribute(PageContext.ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) instanceof PageContext context) {
			return context;
		}
		throw new IllegalStateException(
				"No page context: PageContext is a parameter of @HtmlController handlers only, not of "
						+ parameter.getExecutable());
	}

}
