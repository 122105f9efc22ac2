package org.tandem.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the administrator's outbox pages read.
 */
@Component
public class OutboxQueries {

	private final JdbcClient jdbc;

	OutboxQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public PageResponse<OutboxEntry> page(Paging paging) {
		List<OutboxEntry> items = this.jdbc.sql("""
				select id, created_at, recipient, subject, status, attempts from outbox_message
				order by created_at desc, id
				limit :limit offset :offset
				""")
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new OutboxEntry(rs.getObject("id", UUID.class),
					rs.getTimestamp("created_at").toInstant(), rs.getString("recipient"), rs.getString("subject"),
					rs.getString("status"), rs.getInt("attempts")))
			.list();
		long total = this.jdbc.sql("select count(*) from outbox_message").query(Long.class).single();
		return new PageResponse<>(items, paging.page(), paging.size(), total);
	}

	@Transactional(readOnly = true)
	public Optional<OutboxMessageView> find(OutboxMessageId id) {
		return this.jdbc.sql("""
				select id, message_key, recipient, subject, status, attempts, created_at, next_attempt_at, sent_at,
				    last_error, body_text, body_html is not null as has_html, ics_method
				from outbox_message where id = :id
				""").param("id", id.value()).query(OutboxQueries::view).optional();
	}

	private static OutboxMessageView view(ResultSet rs, int row) throws SQLException {
		return new OutboxMessageView(rs.getObject("id", UUID.class), rs.getString("message_key"),
				rs.getString("recipient"), rs.getString("subject"), rs.getString("status"), rs.getInt("attempts"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("next_attempt_at").toInstant(),
				Times.instant(rs.getTimestamp("sent_at")), rs.getString("last_error"), rs.getString("body_text"),
				rs.getBoolean("has_html"), rs.getString("ics_method"));
	}

}
