package org.tandem.account;

import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Changing one's password signs the person out everywhere, this browser included, and
 * revokes their API tokens; they sign in again with the new password.
 */
@IntegrationTest
class PasswordChangeTests {

	static final String NEW_PASSWORD = "a brand new passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Accounts accounts;

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/settings/password")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void changeEndsEverySessionAndTokenAndTheNewPasswordWorks() throws Exception {
		Person person = this.fixtures.person("Cha Change");
		Cookie here = Browser.signIn(this.mvc, person);
		Cookie elsewhere = Browser.signIn(this.mvc, person);
		String token = this.tokens.issue(person.id().value(), "Script", Duration.ofDays(30)).token();
		this.mvc.perform(get("/settings/password").cookie(here))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Change my password")));

		change(here, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?passwordChanged"));

		this.mvc.perform(get("/").cookie(here)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/").cookie(elsewhere)).andExpect(redirectedUrl("/login"));
		assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(401);
		assertThat(Browser.canSignIn(this.mvc, person.email(), Fixtures.PASSWORD)).isFalse();
		assertThat(Browser.canSignIn(this.mvc, person.email(), NEW_PASSWORD)).isTrue();
		this.mvc.perform(get("/login").param("passwordChanged", ""))
			.andExpect(content().string(containsString("Your password is changed")));
	}

	@Test
	void mistakesAreFormErrorsAndChangeNothing() throws Exception {
		Person person = this.fixtures.person("Mis Take");
		Cookie session = Browser.signIn(this.mvc, person);
		change(session, "not my password", NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(containsString("Current password is not right")));
		change(session, Fixtures.PASSWORD, NEW_PASSWORD, "something else entirely").andExpect(status().isOk())
			.andExpect(content().string(containsString("New password again must be the same as the new password")));
		change(session, Fixtures.PASSWORD, "short", "short").andExpect(status().isOk())
			.andExpect(content().string(containsString("New password must be between 12 and 128 characters long")));
		change(session, "", "", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("Current password must not be blank")));

		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		assertThat(Browser.canSignIn(this.mvc, person.email(), NEW_PASSWORD)).isFalse();
		assertThat(Browser.canSignIn(this.mvc, person.email(), Fixtures.PASSWORD)).isTrue();
	}

	@Test
	void guessingTheCurrentPasswordIsThrottled() throws Exception {
		Person person = this.fixtures.person("Gus Guess");
		Cookie session = Browser.signIn(this.mvc, person);
		for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
			change(session, "guess number " + i, NEW_PASSWORD, NEW_PASSWORD)
				.andExpect(content().string(containsString("Current password is not right")));
		}
		change(session, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(containsString("too many wrong attempts")));
		assertThat(this.accounts.passwordMatches(person.id().value(), Fixtures.PASSWORD)).isTrue();
	}

	@Test
	void changeWithoutCsrfTokenIsRefused() throws Exception {
		Person person = this.fixtures.person("Cyr Csrf");
		Cookie session = Browser.signIn(this.mvc, person);
		this.mvc
			.perform(post("/settings/password").cookie(session)
				.param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", NEW_PASSWORD)
				.param("newPasswordRepeated", NEW_PASSWORD))
			.andExpect(status().isForbidden());
		assertThat(Browser.canSignIn(this.mvc, person.email(), Fixtures.PASSWORD)).isTrue();
	}

	private ResultActions change(Cookie session, String current, String next, String repeated) throws Exception {
		return this.mvc.perform(post("/settings/password").cookie(session)
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("newPasswordRepeated", repeated)
			.with(csrf()));
	}

}
