package org.tandem.shared.web;

import java.util.List;

import org.tandem.shared.kernel.UrlSecret;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every controller binds the same way: typed ids and URL secrets from path variables
 * and request parameters, and the page's {@link PageContext}.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new TypedIdConverter());
		registry.addConverter(String.class, UrlSecret.class, UrlSecret::new);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PageContextArgumentResolver());
	}

}
