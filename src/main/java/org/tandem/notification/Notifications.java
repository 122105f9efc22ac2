package org.tandem.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications: short texts with an optional link inside Tandem, shown to their
 * person on {@code /notifications}. A text is a summary ("Your mentor scheduled a
 * meeting"), never a pair's confidential text.
 */
@Service
public class Notifications {

	static final int TEXT_MAX = 500;

	static final int KEY_MAX = 400;

	private final JdbcClient jdbc;

	private final Clock clock;

	Notifications(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds a notification in the caller's transaction, which must exist, so that it
	 * appears exactly when the change it tells of commits.
	 * @param link a path inside Tandem such as {@code /pairings/...}, or {@code null}
	 * @throws IllegalArgumentException for an empty or overlong text, or a link that is
	 * not a local path
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void notify(UUID personId, String text, @Nullable String link) {
		insert(null, personId, text, link);
	}

	/**
	 * As {@link #notify(UUID, String, String)}, once per key: a second notification with
	 * the same key (an event delivered again after a crash) is ignored.
	 * @param key derived from what causes the notification, such as
	 * {@code pairing-started:<pairing>:<person>}; at most {@value #KEY_MAX} characters
	 * @return whether the notification was added
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean notify(UUID personId, String key, String text, @Nullable String link) {
		if (key.isBlank() || key.length() > KEY_MAX) {
			throw new IllegalArgumentException("A notification key has 1 to " + KEY_MAX + " characters");
		}
		return insert(key, personId, text, link);
	}

	private boolean insert(@Nullable String key, UUID personId, String text, @Nullable String link) {
		String stripped = text.strip();
		if (stripped.isEmpty() || stripped.length() > TEXT_MAX || stripped.chars().anyMatch(Character::isISOControl)) {
			throw new IllegalArgumentException("A notification text is one line of 1 to " + TEXT_MAX + " characters");
		}
		if (link != null && !isLocalPath(link)) {
			throw new IllegalArgumentException("A notification link must be a path inside Tandem, such as /pairings");
		}
		return this.jdbc.sql("""
				insert into notification (id, person_id, notification_key, text, link, created_at)
				values (:id, :person, :key, :text, :link, :now)
				on conflict (notification_key) do nothing
				""")
			.param("id", UUID.randomUUID())
			.param("person", personId)
			.param("key", key)
			.param("text", stripped)
			.param("link", link)
			.param("now", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public long unreadCount(UUID personId) {
		return this.jdbc.sql("select count(*) from notification where person_id = :person and read_at is null")
			.param("person", personId)
			.query(Long.class)
			.single();
	}

	/**
	 * The person's notifications, newest first.
	 */
	@Transactional(readOnly = true)
	public PageResponse<NotificationItem> list(UUID personId, Paging paging) {
		List<NotificationItem> items = this.jdbc.sql("""
				select id, text, link, created_at, read_at from notification
				where person_id = :person
				order by created_at desc, id
				limit :limit offset :offset
				""")
			.param("person", personId)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new NotificationItem(rs.getObject("id", UUID.class), rs.getString("text"),
					rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
					Times.instant(rs.getTimestamp("read_at"))))
			.list();
		long total = this.jdbc.sql("select count(*) from notification where person_id = :person")
			.param("person", personId)
			.query(Long.class)
			.single();
		return new PageResponse<>(items, paging.page(), paging.size(), total);
	}

	/**
	 * @return how many were unread
	 */
	@Transactional
	public int markAllRead(UUID personId) {
		return this.jdbc.sql("update notification set read_at = :now where person_id = :person and read_at is null")
			.param("person", personId)
			.param("now", Timestamp.from(this.clock.instant()))
			.update();
	}

	/**
	 * A path on this site: one leading slash, so neither {@code //host} nor
	 * {@code javascript:} can become a link.
	 */
	static boolean isLocalPath(String link) {
		return link.length() <= 500 && link.matches("/(?![/\\\\])[A-Za-z0-9/._~%?=&#+:@!$'()*,;-]*");
	}

}
