package org.tandem.shared.web;

import org.tandem.shared.kernel.UrlSecret;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What every controller binds the same way: typed ids and URL secrets from path variables
 * and request parameters.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(new TypedIdConverter());
		registry.addConverter(String.class, UrlSecret.class, UrlSecret::new);
	}

}
