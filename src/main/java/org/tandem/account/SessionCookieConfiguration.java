package org.tandem.account;

import org.tandem.shared.TandemProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie is HttpOnly and SameSite=Lax everywhere, and Secure whenever the
 * request came over HTTPS (also behind a proxy that forwards {@code X-Forwarded-Proto}).
 * Set here rather than left to the servlet container, so it holds in every environment.
 * Whether a request came over HTTPS or from which address is believed from forwarded
 * headers only when a trusted proxy sent them ({@link TrustedProxies}).
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

	@Bean
	CookieSerializer sessionCookieSerializer() {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName("SESSION");
		serializer.setCookiePath("/");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		return serializer;
	}

	/**
	 * Before every other filter, so that security, throttling and the cookie see the
	 * client's address and scheme as the trusted proxy reports them.
	 */
	@Bean
	FilterRegistrationBean<TrustedProxies> trustedProxies(TandemProperties properties) {
		FilterRegistrationBean<TrustedProxies> registration = new FilterRegistrationBean<>(
				new TrustedProxies(properties.trustedProxies()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
