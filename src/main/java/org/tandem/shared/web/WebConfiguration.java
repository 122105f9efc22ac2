package org.tandem.shared.web;

import java.util.List;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.MultipartConfigElement;
import org.tandem.shared.kernel.UrlSecret;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What every controller binds the same way: typed ids and URL secrets from path variables
 * and request parameters, and the page's {@link PageContext}; and the upload limit ahead
 * of the security filters.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Before the security filters, so that an upload over the limit is a 413 and the CSRF
	 * check never parses it.
	 */
	@Bean
	FilterRegistrationBean<UploadSizeLimit> uploadSizeLimit(ObjectProvider<MultipartConfigElement> multipart) {
		MultipartConfigElement config = multipart.getIfAvailable();
		FilterRegistrationBean<UploadSizeLimit> registration = new FilterRegistrationBean<>(
				new UploadSizeLimit((config != null) ? config.getMaxRequestSize() : -1));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/**
	 * JTE's views, rendered into memory and sent in one write
	 * ({@link BufferedJteViewResolver}).
	 */
	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templates, JteProperties properties) {
		return new BufferedJteViewResolver(templates, properties);
	}

	/**
	 * The annotated handler lookup, indexed by the paths' leading literal segments
	 * ({@link PrefixIndexedHandlerMapping}).
	 */
	@Bean
	WebMvcRegistrations prefixIndexedHandlerMapping() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new PrefixIndexedHandlerMapping();
			}

		};
	}

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
