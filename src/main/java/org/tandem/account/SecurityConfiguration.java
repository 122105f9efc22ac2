package org.tandem.account;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Deny by default. The JSON API under {@code /api} is stateless with bearer tokens; the
 * pages use a session, form sign-in and CSRF tokens on every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final int ARGON2_SALT_BYTES = 16;

	static final int ARGON2_HASH_BYTES = 32;

	static final int ARGON2_MEMORY_KIB = 19 * 1024;

	static final int ARGON2_ITERATIONS = 2;

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Argon2id with OWASP's minimum: 19 MiB of memory, 2 iterations, 1 lane (Spring's
	 * defaults use 16 MiB). Older, weaker hashes are replaced at the next sign-in.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new Argon2idPasswordEncoder(ARGON2_SALT_BYTES, ARGON2_HASH_BYTES, ARGON2_MEMORY_KIB, ARGON2_ITERATIONS);
	}

	/**
	 * No observations of the security filters, authentications and authorizations: Tandem
	 * exports neither metrics nor traces, and the observation wrapped around each of the
	 * chain's filters cost a measurable share of every request (bench/README.md,
	 * {@code load.sh}).
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	ThrottledAuthenticationProvider throttledAuthenticationProvider(AccountUserDetailsService users,
			PasswordEncoder encoder, LoginThrottle throttle) {
		return new ThrottledAuthenticationProvider(users, encoder, throttle);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokens tokens, JsonMapper json) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/tokens")
				.permitAll()
				.anyRequest()
				.authenticated())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.addFilterBefore(new ApiTokenAuthenticationFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> writeProblem(response, json,
						HttpStatus.UNAUTHORIZED, "Unauthorized", "A valid bearer token is required."))
				.accessDeniedHandler((request, response, ex) -> writeProblem(response, json, HttpStatus.FORBIDDEN,
						"Forbidden", "Your role does not allow this action.")));
		headers(http);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http, ThrottledAuthenticationProvider authentication)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/setup/**", "/invitations/**", "/css/**", "/js/**", "/webjars/**",
					"/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/api-docs",
					"/calendar/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.authenticationProvider(authentication)
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.defaultSuccessUrl("/", false)
				.failureUrl("/login?error")
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		headers(http);
		return http.build();
	}

	private static void headers(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
			.frameOptions((frame) -> frame.deny())
			.contentTypeOptions((nosniff) -> {
			}));
	}

	private static void writeProblem(HttpServletResponse response, JsonMapper json, HttpStatus status, String title,
			String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

}
