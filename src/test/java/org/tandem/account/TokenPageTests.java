package org.tandem.account;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.shared.web.FlashMessage;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class TokenPageTests {

	private static final Pattern SECRET = Pattern
		.compile("<code class=\"secret\" id=\"new-token\">(tdm_[A-Za-z0-9_-]+)</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/settings/tokens")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/settings/tokens").param("name", "x").param("lifetimeDays", "30").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void createdTokenIsShownOnceAndWorksForTheApi() throws Exception {
		Person person = this.fixtures.person("Tia Token");
		Cookie session = Browser.signIn(this.mvc, person);
		String page = this.mvc
			.perform(post("/settings/tokens").cookie(session)
				.param("name", "  Report script  ")
				.param("lifetimeDays", "30")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("it will not be shown again")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher secret = SECRET.matcher(page);
		assertThat(secret.find()).as("the token is in a code.secret box").isTrue();
		String token = secret.group(1);

		assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(404);
		Instant expires = this.jdbc.sql("select expires_at from api_token where person_id = :p and name = :n")
			.param("p", person.id().value())
			.param("n", "Report script")
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
		assertThat(expires).isCloseTo(Instant.now().plus(Duration.ofDays(30)), within(5, ChronoUnit.MINUTES));

		this.mvc.perform(get("/settings/tokens").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Report script")))
			.andExpect(content().string(not(containsString(token))));
	}

	@Test
	void listShowsOnlyTheCallersActiveTokens() throws Exception {
		Person person = this.fixtures.person("Lu List");
		Person other = this.fixtures.person("Ola Other");
		this.tokens.issue(person.id().value(), "Mine, active", Duration.ofDays(30));
		this.tokens.issue(other.id().value(), "Someone else's", Duration.ofDays(30));
		this.tokens.issue(person.id().value(), "Mine, revoked", Duration.ofDays(30));
		TokenId revoked = tokenId(person, "Mine, revoked");
		this.tokens.revoke(person.id().value(), revoked);

		this.mvc.perform(get("/settings/tokens").cookie(Browser.signIn(this.mvc, person)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mine, active")))
			.andExpect(content().string(not(containsString("Mine, revoked"))))
			.andExpect(content().string(not(containsString("Someone else"))));
	}

	@Test
	void badInputIsAFormErrorAndWritesNothing() throws Exception {
		Person person = this.fixtures.person("Bea Blank");
		Cookie session = Browser.signIn(this.mvc, person);
		assertFormError(session, "", "30", "Name must not be blank");
		assertFormError(session, "x".repeat(101), "30", "Name must be at most 100 characters long");
		assertFormError(session, "Seven days", "7", "must be 30, 90 or 365 days");
		assertFormError(session, "Not a number", "soon", "has an invalid value");
		assertFormError(session, "Missing lifetime", null, "Valid for must be chosen");
		// a security scan's payload: PostgreSQL cannot store a NUL character
		assertFormError(session, "/e\u0000", "90", "must be one line without control characters");
		assertFormError(session, "two\nlines", "90", "must be one line without control characters");
		assertThat(count(person)).isZero();
	}

	@Test
	void aPersonMayHoldAtMostTwentyActiveTokens() throws Exception {
		Person person = this.fixtures.person("Max Many");
		for (int i = 0; i < ApiTokens.MAX_ACTIVE; i++) {
			this.tokens.issue(person.id().value(), "Token " + i, Duration.ofDays(30));
		}
		Cookie session = Browser.signIn(this.mvc, person);
		assertFormError(session, "One too many", "30", "You already have 20 active tokens");
		assertThat(count(person)).isEqualTo(ApiTokens.MAX_ACTIVE);

		this.tokens.revoke(person.id().value(), tokenId(person, "Token 0"));
		this.mvc
			.perform(post("/settings/tokens").cookie(session)
				.param("name", "Fits again")
				.param("lifetimeDays", "365")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it will not be shown again")));
	}

	@Test
	void revokedTokenStopsWorking() throws Exception {
		Person person = this.fixtures.person("Rey Revoke");
		String token = this.tokens.issue(person.id().value(), "To revoke", Duration.ofDays(30)).token();
		Cookie session = Browser.signIn(this.mvc, person);
		this.mvc
			.perform(post("/settings/tokens/" + tokenId(person, "To revoke") + "/revoke").cookie(session).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/tokens"))
			.andExpect(flash().attributeExists(FlashMessage.ATTRIBUTE));
		assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(401);
		this.mvc.perform(get("/settings/tokens").cookie(session))
			.andExpect(content().string(not(containsString("To revoke"))));
	}

	@Test
	void revokingSomeoneElsesTokenIsNotFoundAndLeavesItWorking() throws Exception {
		Person owner = this.fixtures.person("Oz Owner");
		Person intruder = this.fixtures.person("Ian Intruder");
		String token = this.tokens.issue(owner.id().value(), "Owner's", Duration.ofDays(30)).token();
		Cookie session = Browser.signIn(this.mvc, intruder);
		this.mvc.perform(post("/settings/tokens/" + tokenId(owner, "Owner's") + "/revoke").cookie(session).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(404);
		this.mvc.perform(post("/settings/tokens/" + UUID.randomUUID() + "/revoke").cookie(session).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/settings/tokens/not-a-uuid/revoke").cookie(session).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void revokingWithoutCsrfTokenIsRefused() throws Exception {
		Person person = this.fixtures.person("Cyd Csrf");
		String token = this.tokens.issue(person.id().value(), "Kept", Duration.ofDays(30)).token();
		this.mvc
			.perform(post("/settings/tokens/" + tokenId(person, "Kept") + "/revoke")
				.cookie(Browser.signIn(this.mvc, person)))
			.andExpect(status().isForbidden());
		assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(404);
	}

	private void assertFormError(Cookie session, String name, String lifetime, String message) throws Exception {
		var request = post("/settings/tokens").cookie(session).param("name", name).with(csrf());
		if (lifetime != null) {
			request.param("lifetimeDays", lifetime);
		}
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please correct the following")))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(not(containsString("class=\"secret\""))));
	}

	private TokenId tokenId(Person person, String name) {
		return new TokenId(this.jdbc.sql("select id from api_token where person_id = :p and name = :n")
			.param("p", person.id().value())
			.param("n", name)
			.query(UUID.class)
			.single());
	}

	private long count(Person person) {
		return this.jdbc.sql("select count(*) from api_token where person_id = :p and revoked_at is null")
			.param("p", person.id().value())
			.query(Long.class)
			.single();
	}

}
