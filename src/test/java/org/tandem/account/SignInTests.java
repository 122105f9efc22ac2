package org.tandem.account;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockCookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class SignInTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void anonymousVisitorIsSentToTheSignInPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void signInPageCarriesTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "no-referrer"));
	}

	@Test
	void healthIsPublicButOtherActuatorEndpointsAreNot() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		MvcResult env = this.mvc.perform(get("/actuator/env")).andReturn();
		assertThat(env.getResponse().getStatus()).isNotEqualTo(200);
	}

	@Test
	void rightPasswordSignsInAndChangesTheSessionId() throws Exception {
		Person person = this.fixtures.person("Ada Signer");
		Cookie before = this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		Cookie after = this.mvc
			.perform(post("/login").cookie(before)
				.param("email", person.email().toUpperCase())
				.param("password", Fixtures.PASSWORD)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		this.mvc.perform(get("/").cookie(after)).andExpect(status().isOk());
		this.mvc.perform(get("/").cookie(before)).andExpect(status().isFound());
	}

	@Test
	void wrongPasswordAndUnknownEmailGetTheSameAnswer() throws Exception {
		Person person = this.fixtures.person("Bo Wrong");
		this.mvc
			.perform(post("/login").param("email", person.email()).param("password", "not the password").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc
			.perform(post("/login").param("email", "nobody-" + person.email())
				.param("password", "not the password")
				.with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void signInWithoutCsrfTokenIsRefused() throws Exception {
		Person person = this.fixtures.person("Cy Forged");
		this.mvc.perform(post("/login").param("email", person.email()).param("password", Fixtures.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void accountIsLockedAfterRepeatedFailuresEvenForTheRightPassword() throws Exception {
		Person person = this.fixtures.person("Di Locked");
		for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
			String address = "10.0.0." + i;
			this.mvc.perform(post("/login").param("email", person.email())
				.param("password", "wrong password " + i)
				.with(csrf())
				.with((request) -> {
					request.setRemoteAddr(address);
					return request;
				})).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc
			.perform(post("/login").param("email", person.email()).param("password", Fixtures.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void disabledPersonCannotSignIn() throws Exception {
		Person person = this.fixtures.person("Ed Disabled");
		this.fixtures.disable(person);
		this.mvc
			.perform(post("/login").param("email", person.email()).param("password", Fixtures.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void sessionCookieIsHttpOnlyAndLaxAndSecureBehindHttps() throws Exception {
		MockCookie plain = (MockCookie) this.mvc.perform(get("/login")).andReturn().getResponse().getCookie("SESSION");
		assertThat(plain).isNotNull();
		assertThat(plain.isHttpOnly()).isTrue();
		assertThat(plain.getSameSite()).isEqualToIgnoringCase("Lax");
		assertThat(plain.getSecure()).isFalse();
		MockCookie secure = (MockCookie) this.mvc.perform(get("/login").secure(true))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(secure).isNotNull();
		assertThat(secure.getSecure()).isTrue();
	}

}
