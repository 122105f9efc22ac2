package org.tandem.calendar;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.tandem.account.SignedOutEverywhere;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.crypto.SecretToken;
import org.tandem.shared.kernel.UrlSecret;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each person's secret feed URL. The token is 128 random bits shown once; only its
 * SHA-256 hash is stored (a hash without salt suffices for a random secret), so a copy of
 * the database reveals no feed. One feed per person: a new one revokes the old.
 */
@Service
public class CalendarFeeds {

	private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final String baseUrl;

	CalendarFeeds(JdbcClient jdbc, Clock clock, TandemProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.baseUrl = properties.baseUrl();
	}

	/**
	 * Creates the person's feed, replacing (and so revoking) any feed they had.
	 * @return the feed's absolute URL, which cannot be shown again
	 */
	@Transactional
	public String create(UUID personId) {
		SecretToken token = SecretToken.generateHex(16);
		this.jdbc.sql("""
				insert into calendar_feed (person_id, token_hash, created_at) values (:person, :hash, :now)
				on conflict (person_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at
				""")
			.param("person", personId)
			.param("hash", token.hash())
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
		return this.baseUrl + "/calendar/" + token.value() + ".ics";
	}

	/**
	 * Revokes the person's feed.
	 * @return whether they had one
	 */
	@Transactional
	public boolean revoke(UUID personId) {
		return this.jdbc.sql("delete from calendar_feed where person_id = :person")
			.param("person", personId)
			.update() == 1;
	}

	/**
	 * A feed is a credential like a session: a new password or a disable ends it, in the
	 * same transaction.
	 */
	@EventListener
	void on(SignedOutEverywhere event) {
		revoke(event.personId());
	}

	/**
	 * When the person's current feed was created, if they have one.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> createdAt(UUID personId) {
		return this.jdbc.sql("select created_at from calendar_feed where person_id = :person")
			.param("person", personId)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	/**
	 * The owner of the feed with this token, if it is a current one.
	 */
	@Transactional(readOnly = true)
	public Optional<UUID> ownerOf(UrlSecret token) {
		if (!TOKEN.matcher(token.value()).matches()) {
			return Optional.empty();
		}
		return this.jdbc.sql("select person_id from calendar_feed where token_hash = :hash")
			.param("hash", SecretToken.hash(token.value()))
			.query(UUID.class)
			.optional();
	}

}
