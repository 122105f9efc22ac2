package org.tandem.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a security review found in sign-in: over-long emails, forwarded headers from
 * anyone, answers that were faster on some failure paths, and hashes below OWASP's
 * minimum.
 */
@IntegrationTest
class SignInHardeningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AccountUserDetailsService users;

	@Autowired
	LoginThrottle throttle;

	@Test
	void anOverLongEmailIsAnAnswerNotAnErrorAndIsCounted() throws Exception {
		String email = UUID.randomUUID() + "x".repeat(400) + "@example.org";
		// from an address of its own, so that these failures lock out no other test
		String address = randomAddress();
		for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
			this.mvc
				.perform(post("/login").param("email", email)
					.param("password", "whatever it is")
					.with(csrf())
					.with(from(address, address)))
				.andExpect(status().isFound())
				.andExpect(redirectedUrl("/login?error"));
		}
		assertThat(this.jdbc.sql("select locked_until is not null from login_throttle where throttle_key = :key")
			.param("key", "account:" + email.substring(0, 320))
			.query(Boolean.class)
			.single()).as("every attempt was counted, so the account key is locked").isTrue();
		assertThat(this.throttle.accountLocked(email)).isTrue();
		this.mvc
			.perform(post("/api/v1/tokens").contentType("application/json")
				.content("{\"email\":\"" + email + "\",\"password\":\"whatever it is\"}")
				.with(from(address, address)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void forwardedForIsBelievedOnlyFromATrustedProxy() throws Exception {
		String spoofed = randomAddress();
		String intranet = "10.20." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(1, 255);
		failSignIn(from(intranet, spoofed));
		assertThat(addressCounted(intranet)).as("the connecting address counts").isTrue();
		assertThat(addressCounted(spoofed)).as("a header from an untrusted client is ignored").isFalse();

		String client = randomAddress();
		failSignIn(from("127.0.0.1", client));
		assertThat(addressCounted(client)).as("loopback is a trusted proxy by default").isTrue();

		String forged = randomAddress();
		String real = randomAddress();
		failSignIn(from("127.0.0.1", forged + ", " + real));
		assertThat(addressCounted(real)).as("the address the proxy appended").isTrue();
		assertThat(addressCounted(forged)).as("what the client wrote before it").isFalse();
	}

	@Test
	void forwardedProtoMakesTheCookieSecureOnlyFromATrustedProxy() throws Exception {
		Cookie untrusted = this.mvc.perform(get("/login").with(proto("192.168.7.7")))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		Cookie trusted = this.mvc.perform(get("/login").with(proto("127.0.0.1")))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(untrusted).isNotNull();
		assertThat(untrusted.getSecure()).isFalse();
		assertThat(trusted).isNotNull();
		assertThat(trusted.getSecure()).isTrue();
	}

	@Test
	void trustedProxiesMustBeAddressesOrRanges() {
		TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.5", " 192.168.10.0/24 ", "::1", ""));
		assertThat(proxies.isTrusted("10.0.0.5")).isTrue();
		assertThat(proxies.isTrusted("192.168.10.77")).isTrue();
		assertThat(proxies.isTrusted("192.168.11.1")).isFalse();
		assertThat(proxies.isTrusted("0:0:0:0:0:0:0:1")).isTrue();
		assertThat(proxies.isTrusted("proxy.example.org")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new TrustedProxies(List.of("proxy.example.org")))
			.withMessageContaining("TANDEM_TRUSTED_PROXIES");
	}

	@Test
	void passwordsAreHashedWithArgon2idAtOwaspsMinimumAndOlderHashesAreUpgraded() throws Exception {
		assertThat(this.encoder.encode("a passphrase of ours")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
		Person person = this.fixtures.person("Old Hash");
		String weak = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(Fixtures.PASSWORD);
		assertThat(weak).contains("m=16384");
		this.jdbc.sql("update account set password_hash = :hash where person_id = :id")
			.param("hash", weak)
			.param("id", person.id().value())
			.update();
		this.mvc
			.perform(post("/login").param("email", person.email()).param("password", Fixtures.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/"));
		String stored = this.jdbc.sql("select password_hash from account where person_id = :id")
			.param("id", person.id().value())
			.query(String.class)
			.single();
		assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(this.encoder.matches(Fixtures.PASSWORD, stored)).isTrue();
	}

	@Test
	void everyRefusalCostsOneHashLikeAWrongPassword() {
		AtomicInteger hashes = new AtomicInteger();
		PasswordEncoder counting = new PasswordEncoder() {

			@Override
			public String encode(CharSequence raw) {
				return SignInHardeningTests.this.encoder.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				hashes.incrementAndGet();
				return SignInHardeningTests.this.encoder.matches(raw, encoded);
			}

		};
		ThrottledAuthenticationProvider provider = new ThrottledAuthenticationProvider(this.users, counting,
				this.throttle);
		Person wrong = this.fixtures.person("Wrong Password");
		Person disabled = this.fixtures.person("Disabled Account");
		this.fixtures.disable(disabled);
		Person locked = this.fixtures.person("Locked Account");
		for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
			this.throttle.recordFailure(locked.email(), "unknown");
		}
		List<String[]> attempts = List.of(new String[] { wrong.email(), "not the password" },
				new String[] { Fixtures.uniqueEmail("nobody"), Fixtures.PASSWORD },
				new String[] { disabled.email(), Fixtures.PASSWORD },
				new String[] { locked.email(), Fixtures.PASSWORD });
		for (String[] attempt : attempts) {
			hashes.set(0);
			assertThatThrownBy(() -> provider
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(attempt[0], attempt[1])))
				.as(attempt[0])
				.isInstanceOf(BadCredentialsException.class)
				.hasMessage(ThrottledAuthenticationProvider.FAILURE_MESSAGE);
			assertThat(hashes.get()).as("hashes for " + attempt[0]).isEqualTo(1);
		}
	}

	@Test
	void signInTokensAreCappedByRevokingTheOldest() throws Exception {
		Person person = this.fixtures.person("Script Runner");
		List<String> issued = new ArrayList<>();
		for (int i = 0; i <= ApiTokens.MAX_SIGN_IN; i++) {
			String body = this.mvc
				.perform(post("/api/v1/tokens").contentType("application/json")
					.content("{\"email\":\"" + person.email() + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}"))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString();
			issued.add(body.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
		}
		assertThat(Browser.apiStatus(this.mvc, issued.get(0))).as("the oldest").isEqualTo(401);
		for (String token : issued.subList(1, issued.size())) {
			assertThat(Browser.apiStatus(this.mvc, token)).isEqualTo(404);
		}
		assertThat(this.jdbc.sql("""
				select count(*) from api_token where person_id = :id and sign_in and revoked_at is null
				""").param("id", person.id().value()).query(Integer.class).single()).isEqualTo(ApiTokens.MAX_SIGN_IN);
	}

	private void failSignIn(RequestPostProcessor from) throws Exception {
		this.mvc
			.perform(post("/login").param("email", Fixtures.uniqueEmail("nobody"))
				.param("password", "not anyone's password")
				.with(csrf())
				.with(from))
			.andExpect(redirectedUrl("/login?error"));
	}

	private boolean addressCounted(String address) {
		return this.jdbc.sql("select exists (select 1 from login_throttle where throttle_key = :key)")
			.param("key", "address:" + address)
			.query(Boolean.class)
			.single();
	}

	private static RequestPostProcessor from(String remote, String forwardedFor) {
		return (request) -> {
			request.setRemoteAddr(remote);
			request.addHeader("X-Forwarded-For", forwardedFor);
			return request;
		};
	}

	private static RequestPostProcessor proto(String remote) {
		return (request) -> {
			request.setRemoteAddr(remote);
			request.addHeader("X-Forwarded-Proto", "https");
			return request;
		};
	}

	/**
	 * An address of the benchmarking range 198.18.0.0/15 that no earlier attempt counted
	 * against.
	 */
	private String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String address = "198." + random.nextInt(18, 20) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
		this.jdbc.sql("delete from login_throttle where throttle_key = :key")
			.param("key", "address:" + address)
			.update();
		return address;
	}

}
