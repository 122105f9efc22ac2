package org.tandem.account;

import jakarta.servlet.http.Cookie;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Signs in through the real login form, as a person's browser does, and probes the API
 * with a bearer token.
 */
final class Browser {

	private Browser() {
	}

	static Cookie signIn(MockMvc mvc, Person person) throws Exception {
		return signIn(mvc, person.email(), Fixtures.PASSWORD);
	}

	static Cookie signIn(MockMvc mvc, String email, String password) throws Exception {
		var response = mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).as("sign-in of " + email).isEqualTo("/");
		Cookie session = response.getCookie("SESSION");
		assertThat(session).isNotNull();
		return session;
	}

	/**
	 * Whether the sign-in attempt is accepted, without asserting it.
	 */
	static boolean canSignIn(MockMvc mvc, String email, String password) throws Exception {
		return "/".equals(mvc.perform(post("/login").param("email", email).param("password", password).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
	}

	/**
	 * The status of an authenticated API path that has no handler: 404 when the token is
	 * accepted, 401 when it is not.
	 */
	static int apiStatus(MockMvc mvc, String token) throws Exception {
		return mvc.perform(get("/api/v1/no-such-resource").header("Authorization", "Bearer " + token))
			.andReturn()
			.getResponse()
			.getStatus();
	}

}
