package org.tandem.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.crypto.SecretToken;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the JSON API. A token is shown once when created; the database keeps
 * only its hash.
 */
@Service
public class ApiTokens {

	static final Duration SIGN_IN_TOKEN_LIFETIME = Duration.ofHours(24);

	static final String PREFIX = "tdm_";

	public static final int MAX_ACTIVE = 20;

	/**
	 * Sign-in tokens a person may hold at once; a new one beyond this revokes the oldest.
	 */
	static final int MAX_SIGN_IN = 10;

	static final String SIGN_IN_NAME = "Sign-in token";

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Issues a token for {@code POST /api/v1/tokens}. A person holds at most
	 * {@link #MAX_SIGN_IN} of them: the oldest are revoked to make room, so a script that
	 * signs in on every run cannot pile up live credentials.
	 */
	@Transactional
	public IssuedToken issueSignIn(UUID personId) {
		lockAccount(personId);
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				update api_token set revoked_at = :now where id in (
				  select id from api_token
				  where person_id = :person and sign_in and revoked_at is null and expires_at > :now
				  order by created_at desc, id offset :keep)
				""")
			.param("person", personId)
			.param("now", Timestamp.from(now))
			.param("keep", MAX_SIGN_IN - 1)
			.update();
		return insert(personId, SIGN_IN_NAME, SIGN_IN_TOKEN_LIFETIME, true);
	}

	/**
	 * Issues a named token without the cap of {@link #issueNamed}, for callers that
	 * checked it themselves.
	 */
	@Transactional
	IssuedToken issue(UUID personId, String name, Duration lifetime) {
		return insert(personId, name, lifetime, false);
	}

	private IssuedToken insert(UUID personId, String name, Duration lifetime, boolean signIn) {
		SecretToken secret = SecretToken.generate(PREFIX);
		Instant now = this.clock.instant();
		Instant expiresAt = now.plus(lifetime);
		this.jdbc.sql("""
				insert into api_token (id, person_id, name, token_hash, created_at, expires_at, sign_in)
				values (:id, :person, :name, :hash, :now, :expires, :signIn)
				""")
			.param("id", UUID.randomUUID())
			.param("person", personId)
			.param("signIn", signIn)
			.param("name", name)
			.param("hash", secret.hash())
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(expiresAt))
			.update();
		return new IssuedToken(secret.value(), expiresAt);
	}

	/**
	 * How often a token's last use is recorded: a read is no write, unless the recorded
	 * use is older than this.
	 */
	static final Duration LAST_USED_PRECISION = Duration.ofMinutes(10);

	/**
	 * The caller a presented token stands for, if the token is known, not revoked and not
	 * expired: token, person and account in one statement. Whether the person is disabled
	 * is the caller's to check ({@link AccountUser#isEnabled()}). The last use is written
	 * only when the recorded one is older than {@link #LAST_USED_PRECISION}.
	 */
	Optional<AccountUser> authenticate(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 200) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		String hash = SecretToken.hash(token);
		Instant stale = now.minus(LAST_USED_PRECISION);
		Optional<Caller> caller = this.jdbc.sql("""
				select p.id, p.email, p.disabled, coalesce(a.admin, false) as admin, t.last_used_at
				from api_token t join person p on p.id = t.person_id left join account a on a.person_id = p.id
				where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now
				""")
			.param("hash", hash)
			.param("now", Timestamp.from(now))
			.query((rs,
					row) -> new Caller(
							new AccountUser(rs.getObject("id", UUID.class), rs.getString("email"),
									rs.getBoolean("admin"), !rs.getBoolean("disabled"), null),
							toInstant(rs.getTimestamp("last_used_at"))))
			.optional();
		caller.filter((found) -> found.lastUsed() == null || found.lastUsed().isBefore(stale))
			.ifPresent((found) -> recordUse(hash, now, stale));
		return caller.map(Caller::user);
	}

	private void recordUse(String hash, Instant now, Instant stale) {
		this.jdbc.sql("""
				update api_token set last_used_at = :now
				where token_hash = :hash and (last_used_at is null or last_used_at < :stale)
				""")
			.param("hash", hash)
			.param("now", Timestamp.from(now))
			.param("stale", Timestamp.from(stale))
			.update();
	}

	/**
	 * Issues a named token from the settings page, unless the person already holds
	 * {@link #MAX_ACTIVE} active tokens. The account row is locked first, so two
	 * simultaneous requests cannot both slip under the limit.
	 * @throws ConflictException when the limit is reached
	 */
	@Transactional
	public IssuedToken issueNamed(UUID personId, String name, Duration lifetime) {
		lockAccount(personId);
		if (countActive(personId) >= MAX_ACTIVE) {
			throw new ConflictException("name", "You already have " + MAX_ACTIVE
					+ " active tokens, the most allowed. Revoke one you no longer use, then create a new one.");
		}
		return insert(personId, name.strip(), lifetime, false);
	}

	private void lockAccount(UUID personId) {
		this.jdbc.sql("select person_id from account where person_id = :person for update")
			.param("person", personId)
			.query(UUID.class)
			.optional();
	}

	int countActive(UUID personId) {
		return this.jdbc.sql("""
				select count(*) from api_token
				where person_id = :person and not sign_in and revoked_at is null and expires_at > :now
				""")
			.param("person", personId)
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Integer.class)
			.single();
	}

	public List<ApiTokenView> list(UUID personId) {
		return this.jdbc.sql("""
				select id, name, created_at, expires_at, last_used_at, revoked_at from api_token
				where person_id = :person and revoked_at is null and expires_at > :now
				order by created_at desc limit 200
				""")
			.param("person", personId)
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new ApiTokenView(new TokenId(rs.getObject("id", UUID.class)), rs.getString("name"),
					rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
					toInstant(rs.getTimestamp("last_used_at"))))
			.list();
	}

	@Transactional
	public void revoke(UUID personId, TokenId tokenId) {
		int updated = this.jdbc.sql("""
				update api_token set revoked_at = :now
				where id = :id and person_id = :person and revoked_at is null
				""")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", tokenId.value())
			.param("person", personId)
			.update();
		if (updated == 0) {
			throw new NotFoundException("No such token.");
		}
	}

	@Transactional
	void revokeAll(UUID personId) {
		this.jdbc.sql("update api_token set revoked_at = :now where person_id = :person and revoked_at is null")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("person", personId)
			.update();
	}

	private static @Nullable Instant toInstant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	public record IssuedToken(String token, Instant expiresAt) {
	}

	private record Caller(AccountUser user, @Nullable Instant lastUsed) {
	}

}
