package org.tandem.account;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.shared.crypto.SecretToken;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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

@IntegrationTest
class InvitationPageTests {

	static final String NEW_PASSWORD = "a new and long passphrase";

	static final String NOT_VALID = "This link is not valid any more; ask the person who invited you for a new one";

	@Autowired
	MockMvc mvc;

	@Autowired
	People people;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void invitedPersonSetsAPasswordOnceAndCanSignIn() throws Exception {
		Person person = invited("Ina Invited");
		String token = token(this.accounts.invite(person.id().value(), null));
		this.mvc.perform(get("/invitations/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Set my password")));

		accept(token, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?welcome"));
		assertThat(Browser.canSignIn(this.mvc, person.email(), NEW_PASSWORD)).isTrue();

		accept(token, "another long passphrase", "another long passphrase").andExpect(status().isNotFound())
			.andExpect(content().string(containsString(NOT_VALID)));
		assertThat(Browser.canSignIn(this.mvc, person.email(), NEW_PASSWORD)).isTrue();
		this.mvc.perform(get("/invitations/" + token)).andExpect(status().isNotFound());
	}

	@Test
	void passwordProblemsAreFormErrorsAndWriteNothing() throws Exception {
		Person person = invited("Pia Problem");
		String token = token(this.accounts.invite(person.id().value(), null));
		accept(token, NEW_PASSWORD, "a different passphrase").andExpect(status().isOk())
			.andExpect(content().string(containsString("Password again must be the same as the password")));
		accept(token, "too short", "too short").andExpect(status().isOk())
			.andExpect(content().string(containsString("Password must be between 12 and 128 characters long")));
		accept(token, "", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("Password must not be blank")));
		accept(token, " ".repeat(20), " ".repeat(20)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Password must not be blank")));
		assertThat(this.accounts.hasPassword(person.id().value())).isFalse();
		assertThat(this.accounts.invitedPerson(token)).contains(person.id().value());
	}

	@Test
	void unknownExpiredAndReplacedLinksGetAFriendlyNotFoundPage() throws Exception {
		this.mvc.perform(get("/invitations/no-such-link"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString(NOT_VALID)));
		accept("no-such-link", NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isNotFound());

		Person person = invited("Exa Expired");
		String expired = token(this.accounts.invite(person.id().value(), null));
		this.jdbc.sql("update one_time_link set expires_at = :past where token_hash = :hash")
			.param("past", Timestamp.from(Instant.now().minusSeconds(1)))
			.param("hash", SecretToken.hash(expired))
			.update();
		this.mvc.perform(get("/invitations/" + expired)).andExpect(status().isNotFound());
		accept(expired, NEW_PASSWORD, NEW_PASSWORD).andExpect(status().isNotFound());

		String replaced = token(this.accounts.invite(person.id().value(), null));
		String current = token(this.accounts.invite(person.id().value(), null));
		this.mvc.perform(get("/invitations/" + replaced)).andExpect(status().isNotFound());
		this.mvc.perform(get("/invitations/" + current)).andExpect(status().isOk());
		assertThat(this.accounts.hasPassword(person.id().value())).isFalse();
	}

	@Test
	void acceptingWithoutCsrfTokenIsRefused() throws Exception {
		Person person = invited("Cy Csrf");
		String token = token(this.accounts.invite(person.id().value(), null));
		this.mvc
			.perform(post("/invitations/" + token).param("password", NEW_PASSWORD)
				.param("passwordRepeated", NEW_PASSWORD))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.hasPassword(person.id().value())).isFalse();
	}

	@Test
	void theServiceUsesALinkOnlyOnce() {
		Person person = invited("Una Once");
		String token = token(this.accounts.invite(person.id().value(), null));
		assertThat(this.accounts.acceptInvitation(token, NEW_PASSWORD)).contains(person.id().value());
		assertThat(this.accounts.acceptInvitation(token, "another long passphrase")).isEmpty();
	}

	private ResultActions accept(String token, String password, String repeated) throws Exception {
		return this.mvc.perform(post("/invitations/" + token).param("password", password)
			.param("passwordRepeated", repeated)
			.with(csrf()));
	}

	private Person invited(String name) {
		return this.people.create(Fixtures.uniqueEmail(name.toLowerCase().replace(' ', '.')), name);
	}

	private static String token(String link) {
		assertThat(link).contains("/invitations/");
		return link.substring(link.lastIndexOf('/') + 1);
	}

}
