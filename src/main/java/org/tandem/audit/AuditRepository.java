package org.tandem.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_entry} table, in plain SQL: it inserts and selects, nothing else (the
 * log is append-only, and the database refuses updates and deletes as well). The page
 * reads the actor's name from the {@code person} table in the same query, a read model of
 * metadata.
 */
@Repository
class AuditRepository {

	private static final int MAX_TARGET = 500;

	private static final int MAX_ADDRESS = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void insert(UUID actor, AuditAction action) {
		this.jdbc.sql("""
				insert into audit_entry (id, at, actor_id, action, target, address, http_method, path)
				values (:id, :at, :actor, :action, :target, :address, :method, :path)""")
			.param("id", UUID.randomUUID())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("actor", actor)
			.param("action", action.action())
			.param("target", cut(action.target(), MAX_TARGET))
			.param("address", cut(action.address(), MAX_ADDRESS))
			.param("method", action.method())
			.param("path", cut(action.path(), MAX_TARGET))
			.update();
	}

	/**
	 * One page of the entries that match, newest first: two queries whatever the page's
	 * size.
	 */
	PageResponse<AuditEntry> page(@Nullable UUID actor, AuditFilter filter, Paging paging) {
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new TreeMap<>();
		if (actor != null) {
			conditions.add("e.actor_id = :actor");
			params.put("actor", actor);
		}
		if (filter.action() != null) {
			conditions.add("(e.action = :action or e.action like :prefix escape '\\')");
			params.put("action", filter.action());
			params.put("prefix", filter.action().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ".%");
		}
		if (filter.from() != null) {
			conditions.add("e.at >= :from");
			params.put("from", Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			conditions.add("e.at < :to");
			params.put("to", Timestamp.from(filter.to()));
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = this.jdbc.sql("select count(*) from audit_entry e" + where)
			.params(params)
			.query(Long.class)
			.single();
		List<AuditEntry> items = this.jdbc.sql("""
				select e.at, e.actor_id, p.name, e.action, e.target, e.address
				from audit_entry e join person p on p.id = e.actor_id""" + where + """

				order by e.at desc, e.id limit :limit offset :offset""")
			.params(params)
			.param("limit", paging.size())
			.param("offset", paging.offset())
			.query((rs, row) -> new AuditEntry(rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class),
					rs.getString("name"), rs.getString("action"), rs.getString("target"), rs.getString("address")))
			.list();
		return new PageResponse<>(items, paging.page(), paging.size(), total);
	}

	private static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
