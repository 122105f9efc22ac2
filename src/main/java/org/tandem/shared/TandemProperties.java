package org.tandem.shared;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Tandem's own settings, {@code tandem.*}, bound once. {@code application.properties}
 * maps each {@code TANDEM_*} environment variable to its setting with the default, the
 * one place where defaults are written (the database's settings are
 * {@code DatabaseProperties}).
 *
 * @param baseUrl the address people use, for links in emails and feeds; never ends with a
 * slash
 * @param admin the first administrator to create at start, if any
 * @param demo whether to seed the demo program
 * @param encryption the keys of the pairs' confidential text
 * @param mail the sender and rhythm of email
 * @param reminders the rhythm of the cadence sweep
 * @param health how long the program health figures are kept
 * @param trustedProxies addresses or CIDR ranges whose forwarded headers are believed
 * @param timeZone {@code TANDEM_TIME_ZONE}, the IANA id of the zone of people who chose
 * none; blank for the server's zone
 * @param requestThreads {@code TANDEM_REQUEST_THREADS}, how many requests Tomcat works on
 * at a time; 0 for four times the processors ({@code RequestThreads})
 */
@ConfigurationProperties("tandem")
public record TandemProperties(String baseUrl, @DefaultValue Admin admin, boolean demo,
		@DefaultValue Encryption encryption, @DefaultValue Mail mail, @DefaultValue Reminders reminders,
		List<String> trustedProxies, @Nullable String timeZone, @DefaultValue Health health, int requestThreads) {

	public TandemProperties {
		String trimmed = baseUrl.strip();
		baseUrl = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
		timeZone = StringUtils.hasText(timeZone) ? timeZone.strip() : null;
		if (timeZone != null && !TimeZones.known(timeZone)) {
			// stops the start: a wrong zone would put every meeting at the wrong hour
			throw new IllegalArgumentException("TANDEM_TIME_ZONE is \"" + timeZone
					+ "\", which is not an IANA time zone id. Set it to one such as Europe/Berlin or "
					+ "America/New_York, or leave it empty for the server's zone (" + ZoneId.systemDefault().getId()
					+ ").");
		}
	}

	/**
	 * The zone of people who chose none, and the zone in which Tandem counts its days
	 * (today, a meeting's day for the cadence): {@code TANDEM_TIME_ZONE}, else the
	 * server's.
	 */
	public ZoneId zone() {
		return (this.timeZone != null) ? ZoneId.of(this.timeZone) : ZoneId.systemDefault();
	}

	/**
	 * @param email {@code TANDEM_ADMIN_EMAIL}
	 * @param password {@code TANDEM_ADMIN_PASSWORD}
	 */
	public record Admin(@Nullable String email, @Nullable String password) {

		public boolean hasEmail() {
			return StringUtils.hasText(this.email);
		}

		public boolean hasPassword() {
			return StringUtils.hasText(this.password);
		}

	}

	/**
	 * @param key {@code TANDEM_ENCRYPTION_KEY}, base64 of 32 bytes
	 * @param oldKeys {@code TANDEM_ENCRYPTION_OLD_KEYS}, comma-separated
	 */
	public record Encryption(@Nullable String key, @Nullable String oldKeys) {
	}

	/**
	 * @param host {@code TANDEM_MAIL_HOST}; without it no email leaves Tandem
	 * @param from the sender address
	 * @param dispatchInterval how often queued email is sent
	 */
	public record Mail(@Nullable String host, String from, Duration dispatchInterval) {

		public boolean configured() {
			return StringUtils.hasText(this.host);
		}

	}

	/**
	 * @param interval how often the cadence sweep runs
	 */
	public record Reminders(Duration interval) {
	}

	/**
	 * @param cacheTtl {@code TANDEM_HEALTH_CACHE_TTL}: how long the health page and API
	 * reuse a program's computed figures (the events that change them drop them sooner);
	 * zero computes them on every request
	 */
	public record Health(Duration cacheTtl) {
	}

}
