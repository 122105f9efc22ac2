package org.tandem.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.crypto.SecretToken;
import org.tandem.shared.kernel.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other features may do with accounts: set a password, invite, make an
 * administrator, end a person's sessions, and the one-time link that creates the first
 * administrator.
 */
@Service
public class Accounts {

	static final Duration INVITATION_LIFETIME = Duration.ofDays(14);

	static final Duration SETUP_LINK_LIFETIME = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ApiTokens tokens;

	private final String baseUrl;

	private final ApplicationEventPublisher events;

	Accounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock,
			FindByIndexNameSessionRepository<? extends Session> sessions, ApiTokens tokens, TandemProperties properties,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
		this.sessions = sessions;
		this.tokens = tokens;
		this.baseUrl = properties.baseUrl();
		this.events = events;
	}

	/**
	 * Checks a password against the policy without storing it; throws
	 * {@link InvalidInputException} for {@code field}.
	 */
	public void checkPassword(String field, String password) {
		PasswordPolicy.check(field, password);
	}

	@Transactional
	public void setPassword(UUID personId, String password) {
		PasswordPolicy.check("password", password);
		ensureAccount(personId);
		this.jdbc.sql("update account set password_hash = :hash, version = version + 1 where person_id = :id")
			.param("hash", this.encoder.encode(password))
			.param("id", personId)
			.update();
	}

	/**
	 * Whether the password is the person's current one; false for someone without a
	 * password.
	 */
	public boolean passwordMatches(UUID personId, String password) {
		return this.jdbc.sql("select password_hash from account where person_id = :id and password_hash is not null")
			.param("id", personId)
			.query(String.class)
			.optional()
			.map((hash) -> this.encoder.matches(password, hash))
			.orElse(false);
	}

	public boolean hasPassword(UUID personId) {
		return this.jdbc
			.sql("select exists (select 1 from account where person_id = :id and password_hash is not null)")
			.param("id", personId)
			.query(Boolean.class)
			.single();
	}

	@Transactional
	public void grantAdmin(UUID personId) {
		ensureAccount(personId);
		this.jdbc.sql("update account set admin = true where person_id = :id").param("id", personId).update();
	}

	public boolean isAdmin(UUID personId) {
		return this.jdbc.sql("select exists (select 1 from account where person_id = :id and admin)")
			.param("id", personId)
			.query(Boolean.class)
			.single();
	}

	public boolean anyAdminExists() {
		return this.jdbc.sql("select exists (select 1 from account where admin)").query(Boolean.class).single();
	}

	public boolean anyAccountExists() {
		return this.jdbc.sql("select exists (select 1 from account where password_hash is not null)")
			.query(Boolean.class)
			.single();
	}

	/**
	 * Signs the person out everywhere: deletes their sessions, revokes their API tokens
	 * and tells other features ({@link SignedOutEverywhere}) to end the secrets they keep
	 * for the person, such as a calendar feed.
	 */
	@Transactional
	public void endSessions(UUID personId) {
		this.sessions.findByPrincipalName(personId.toString()).keySet().forEach(this.sessions::deleteById);
		this.tokens.revokeAll(personId);
		this.events.publishEvent(new SignedOutEverywhere(personId));
	}

	/**
	 * Creates a one-time link with which the person sets their first password; earlier
	 * unused links stop working.
	 * @return the absolute URL of the link, to be handed to the person
	 */
	@Transactional
	public String invite(UUID personId, @Nullable UUID createdBy) {
		ensureAccount(personId);
		Instant now = this.clock.instant();
		this.jdbc.sql("update one_time_link set used_at = :now where person_id = :id and used_at is null")
			.param("now", Timestamp.from(now))
			.param("id", personId)
			.update();
		SecretToken secret = SecretToken.generate("");
		insertLink("INVITATION", personId, createdBy, secret, now.plus(INVITATION_LIFETIME));
		return this.baseUrl + "/invitations/" + secret.value();
	}

	/**
	 * The person an unused, unexpired invitation belongs to.
	 */
	public Optional<UUID> invitedPerson(String token) {
		return findLink("INVITATION", token).flatMap((link) -> Optional.ofNullable(link.personId()));
	}

	/**
	 * Sets the invited person's password and uses up the invitation.
	 * @return the person, or empty if the link is unknown, used or expired
	 */
	@Transactional
	public Optional<UUID> acceptInvitation(String token, String password) {
		PasswordPolicy.check("password", password);
		Optional<UUID> person = invitedPerson(token);
		if (person.isEmpty() || !useLink(token)) {
			return Optional.empty();
		}
		setPassword(person.get(), password);
		return person;
	}

	/**
	 * A link that lets the first visitor create the administrator; only while no account
	 * exists.
	 */
	@Transactional
	public String issueSetupLink() {
		SecretToken secret = SecretToken.generate("");
		insertLink("SETUP", null, null, secret, this.clock.instant().plus(SETUP_LINK_LIFETIME));
		return this.baseUrl + "/setup/" + secret.value();
	}

	public boolean setupLinkValid(String token) {
		return !anyAccountExists() && findLink("SETUP", token).isPresent();
	}

	/**
	 * Uses up the setup link and every other unused one, so that only one administrator
	 * is created through links even when several were printed.
	 * @return false if the link is not valid (any more)
	 */
	@Transactional
	public boolean useSetupLink(String token) {
		if (!setupLinkValid(token)) {
			return false;
		}
		String hash = SecretToken.hash(token);
		return this.jdbc.sql("""
				update one_time_link set used_at = :now where purpose = 'SETUP' and used_at is null
				returning token_hash
				""").param("now", Timestamp.from(this.clock.instant())).query(String.class).list().contains(hash);
	}

	private void ensureAccount(UUID personId) {
		this.jdbc.sql("""
				insert into account (person_id, created_at) values (:id, :now) on conflict (person_id) do nothing
				""").param("id", personId).param("now", Timestamp.from(this.clock.instant())).update();
	}

	private void insertLink(String purpose, @Nullable UUID personId, @Nullable UUID createdBy, SecretToken secret,
			Instant expiresAt) {
		this.jdbc.sql("""
				insert into one_time_link (id, purpose, person_id, token_hash, created_by, created_at, expires_at)
				values (:id, :purpose, :person, :hash, :createdBy, :now, :expires)
				""")
			.param("id", UUID.randomUUID())
			.param("purpose", purpose)
			.param("person", personId)
			.param("hash", secret.hash())
			.param("createdBy", createdBy)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("expires", Timestamp.from(expiresAt))
			.update();
	}

	private Optional<Link> findLink(String purpose, String token) {
		if (token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select id, person_id from one_time_link
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now
				""")
			.param("hash", SecretToken.hash(token))
			.param("purpose", purpose)
			.param("now", Timestamp.from(this.clock.instant()))
			.query((rs, row) -> new Link(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class)))
			.optional();
	}

	/**
	 * Marks the link used; false if it was used meanwhile. The condition on
	 * {@code used_at} makes a second, simultaneous use fail, so a link works once.
	 */
	private boolean useLink(String token) {
		return this.jdbc.sql("update one_time_link set used_at = :now where token_hash = :hash and used_at is null")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("hash", SecretToken.hash(token))
			.update() == 1;
	}

	private record Link(UUID id, @Nullable UUID personId) {
	}

}
