package org.tandem.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.shared.crypto.SecretToken;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bearer token works until it is revoked, expires, or its person is disabled; then the
 * API answers 401.
 */
@IntegrationTest
class ApiTokenAuthenticationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void validTokenIsAccepted() throws Exception {
		Person person = this.fixtures.person("Val Valid");
		String token = this.tokens.issue(person.id().value(), "Valid", Duration.ofDays(1)).token();
		assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(404);
		assertThat(this.tokens.authenticate(token).map(AccountUser::personId)).contains(person.id().value());
	}

	@Test
	void aTokenIsCheckedInOneStatementAndItsUseRecordedOncePerInterval() throws Exception {
		Person person = this.fixtures.person("Qui Ck");
		String token = this.tokens.issue(person.id().value(), "Quick", Duration.ofDays(1)).token();

		var first = QueryCounter.count(() -> this.tokens.authenticate(token));
		assertThat(first.result().map(AccountUser::email)).contains(person.email());
		assertThat(first.statements()).as("token and person, then the first use").isEqualTo(2);
		assertThat(lastUsed(token)).isNotNull();

		var again = QueryCounter.count(() -> this.tokens.authenticate(token));
		assertThat(again.result()).isPresent();
		assertThat(again.statements()).as("a read is no write").isEqualTo(1);
		assertThat(QueryCounter.count(() -> Browser.apiStatus(this.mvc, token)).statements()).isEqualTo(1);

		Instant old = Instant.now().minus(ApiTokens.LAST_USED_PRECISION).minusSeconds(5);
		this.jdbc.sql("update api_token set last_used_at = :old where token_hash = :hash")
			.param("old", Timestamp.from(old))
			.param("hash", SecretToken.hash(token))
			.update();
		assertThat(QueryCounter.count(() -> this.tokens.authenticate(token)).statements()).isEqualTo(2);
		assertThat(lastUsed(token)).isAfter(old.plusSeconds(4));
	}

	@Test
	void revokedTokenIsRefused() throws Exception {
		Person person = this.fixtures.person("Ray Revoked");
		String token = this.tokens.issue(person.id().value(), "Revoked", Duration.ofDays(1)).token();
		this.tokens.revokeAll(person.id().value());
		assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(401);
	}

	@Test
	void expiredTokenIsRefused() throws Exception {
		Person person = this.fixtures.person("Exa Expired");
		String token = this.tokens.issue(person.id().value(), "Expired", Duration.ofDays(1)).token();
		assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(404);
		this.jdbc.sql("update api_token set expires_at = :past where token_hash = :hash")
			.param("past", Timestamp.from(Instant.now().minusSeconds(1)))
			.param("hash", SecretToken.hash(token))
			.update();
		assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(401);
	}

	@Test
	void disabledPersonsTokenStopsWorking() throws Exception {
		Person person = this.fixtures.person("Dee Disabled");
		String token = this.tokens.issue(person.id().value(), "Soon useless", Duration.ofDays(1)).token();
		assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(404);
		this.fixtures.disable(person);
		assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(401);
	}

	@Test
	void disabledPersonsTokenIsRefusedEvenIfNotRevoked() throws Exception {
		Person person = this.fixtures.person("Nor Revoked");
		String token = this.tokens.issue(person.id().value(), "Left over", Duration.ofDays(1)).token();
		this.jdbc.sql("update person set disabled = true where id = :id").param("id", person.id().value()).update();
		assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(401);
	}

	private Instant lastUsed(String token) {
		return this.jdbc.sql("select last_used_at from api_token where token_hash = :hash")
			.param("hash", SecretToken.hash(token))
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	@Test
	void unknownOrMalformedTokensAreRefused() throws Exception {
		assertThat(Browser.apiStatus(this.mvc, "tdm_unknown")).isEqualTo(401);
		assertThat(Browser.apiStatus(this.mvc, "not-even-a-token")).isEqualTo(401);
		assertThat(Browser.apiStatus(this.mvc, "tdm_" + "x".repeat(500))).isEqualTo(401);
	}

}
