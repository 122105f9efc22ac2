package org.tandem.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.tandem.shared.EmailAddress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and per network address in the database, so every
 * node sees the same counts. After {@code ACCOUNT_LIMIT} failures for one email, or
 * {@code ADDRESS_LIMIT} from one address, within the window, further attempts are refused
 * until the lock expires, whether or not the password is right.
 */
@Component
public class LoginThrottle {

	static final int ACCOUNT_LIMIT = 5;

	static final int ADDRESS_LIMIT = 30;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean accountLocked(String email) {
		return locked(accountKey(email));
	}

	public boolean addressLocked(String address) {
		return locked(addressKey(address));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordFailure(String email, String address) {
		fail(accountKey(email), ACCOUNT_LIMIT);
		fail(addressKey(address), ADDRESS_LIMIT);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordSuccess(String email) {
		this.jdbc.sql("delete from login_throttle where throttle_key = :key").param("key", accountKey(email)).update();
	}

	private boolean locked(String key) {
		return this.jdbc.sql("select locked_until from login_throttle where throttle_key = :key")
			.param("key", key)
			.query(Timestamp.class)
			.optional()
			.map((until) -> until.toInstant().isAfter(this.clock.instant()))
			.orElse(false);
	}

	private void fail(String key, int limit) {
		Instant now = this.clock.instant();
		this.jdbc.sql("""
				insert into login_throttle (throttle_key, failures, window_started_at)
				values (:key, 0, :now) on conflict (throttle_key) do nothing
				""").param("key", key).param("now", Timestamp.from(now)).update();
		this.jdbc.sql("""
				update login_throttle set
				  failures = case when window_started_at < :windowStart then 1 else failures + 1 end,
				  window_started_at = case when window_started_at < :windowStart then :now else window_started_at end
				where throttle_key = :key
				""")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(WINDOW)))
			.update();
		this.jdbc.sql("""
				update login_throttle set locked_until = :until, failures = 0, window_started_at = :now
				where throttle_key = :key and failures >= :limit
				""")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(LOCK)))
			.param("limit", limit)
			.update();
	}

	/**
	 * No address is longer than {@link EmailAddress#MAX_LENGTH}: a longer attempt counts
	 * against its first characters, so that it is counted at all and fits the key.
	 */
	private static String accountKey(String email) {
		String normalized = email.strip().toLowerCase(Locale.ROOT);
		return "account:" + normalized.substring(0, Math.min(normalized.length(), EmailAddress.MAX_LENGTH));
	}

	private static String addressKey(String address) {
		return "address:" + address.substring(0, Math.min(address.length(), 100));
	}

}
