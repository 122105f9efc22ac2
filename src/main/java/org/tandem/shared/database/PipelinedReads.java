package org.tandem.shared.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentLruCache;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reads that travel to the database together. A read added here is not sent at once: it
 * waits, and the first {@link Pending#get()} of any waiting read sends all of them as one
 * statement list in one round trip (PostgreSQL's extended protocol: each read is parsed,
 * bound and executed, with one sync at the end), then hands each read its own result set.
 * A page whose sections are independent reads asks for all of them first and then takes
 * the answers, so that they cost one round trip instead of one each.
 * <p>
 * In a GET (or HEAD) request the waiting reads belong to the request: a read added before
 * the handler ran (the layout's) goes along with the handler's first read. Anywhere else
 * (a write request, a job, a listener) each read waits on its own and is sent alone by
 * its {@code get()}. Only reads belong here: a statement list runs as one implicit
 * transaction, so a failing read fails those that travel with it, and each {@code get()}
 * then throws the translated exception. A read never sent (its request ended first) costs
 * nothing. Every caller checks access before it adds a read, as it would before it runs
 * one: the list carries no more than the caller may see.
 */
@Component
public final class PipelinedReads {

	/** Separates the reads of one list; the query counter of the tests splits on it. */
	public static final String SEPARATOR = ";\n-- next read\n";

	private static final String ATTRIBUTE = PipelinedReads.class.getName();

	/**
	 * The parsed statements, as {@code NamedParameterJdbcTemplate} keeps them: parsing
	 * one costs more than sending it.
	 */
	private static final ConcurrentLruCache<String, ParsedSql> PARSED = new ConcurrentLruCache<>(256,
			NamedParameterUtils::parseSqlStatement);

	private final JdbcTemplate jdbc;

	PipelinedReads(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A read whose rows become a list, as {@code JdbcClient.sql(sql).params(params)
	 * .query(mapper).list()} would give.
	 * @param sql one SELECT with named parameters ({@code :name}), without a final
	 * semicolon
	 */
	public <T> Pending<List<T>> list(String sql, Map<String, ?> params, RowMapper<T> mapper) {
		return query(sql, params, new RowMapperResultSetExtractor<>(mapper));
	}

	/**
	 * A read whose result set the extractor turns into one answer.
	 * @param sql one SELECT with named parameters ({@code :name}), without a final
	 * semicolon
	 */
	public <T> Pending<T> query(String sql, Map<String, ?> params, ResultSetExtractor<T> extractor) {
		if (sql.strip().endsWith(";")) {
			throw new IllegalArgumentException("A pipelined read has no final semicolon");
		}
		Queue queue = queue();
		Pending<T> pending = new Pending<>(queue, sql, new MapSqlParameterSource(params), extractor);
		queue.waiting.add(pending);
		return pending;
	}

	private Queue queue() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
				Object queue = request.getAttribute(ATTRIBUTE);
				if (queue == null) {
					queue = new Queue(this.jdbc);
					request.setAttribute(ATTRIBUTE, queue);
				}
				return (Queue) queue;
			}
		}
		return new Queue(this.jdbc);
	}

	/**
	 * A read that has been added, and its answer once the reads it travels with were
	 * sent.
	 */
	public static final class Pending<T> implements Supplier<T> {

		private final Queue queue;

		private final String sql;

		private final MapSqlParameterSource params;

		private final ResultSetExtractor<T> extractor;

		private boolean done;

		private @Nullable T answer;

		private @Nullable RuntimeException failure;

		Pending(Queue queue, String sql, MapSqlParameterSource params, ResultSetExtractor<T> extractor) {
			this.queue = queue;
			this.sql = sql;
			this.params = params;
			this.extractor = extractor;
		}

		/**
		 * The answer: sends this read and every other waiting one first, unless that
		 * happened already.
		 * @throws org.springframework.dao.DataAccessException if the list failed
		 */
		@Override
		public T get() {
			if (!this.done) {
				this.queue.send();
			}
			if (this.failure != null) {
				throw this.failure;
			}
			return this.answer;
		}

		void extract(ResultSet rs) {
			try {
				this.answer = this.extractor.extractData(rs);
			}
			catch (SQLException | RuntimeException ex) {
				this.failure = (ex instanceof RuntimeException runtime) ? runtime
						: new IllegalStateException("Reading a pipelined result failed", ex);
			}
			this.done = true;
		}

		void fail(RuntimeException ex) {
			this.failure = ex;
			this.done = true;
		}

	}

	/** The reads waiting to be sent together. */
	private static final class Queue {

		private final JdbcTemplate jdbc;

		private final List<Pending<?>> waiting = new ArrayList<>();

		Queue(JdbcTemplate jdbc) {
			this.jdbc = jdbc;
		}

		void send() {
			List<Pending<?>> reads = List.copyOf(this.waiting);
			this.waiting.clear();
			StringBuilder sql = new StringBuilder();
			List<Object> values = new ArrayList<>();
			for (Pending<?> read : reads) {
				ParsedSql parsed = PARSED.get(read.sql);
				if (!sql.isEmpty()) {
					sql.append(SEPARATOR);
				}
				sql.append(NamedParameterUtils.substituteNamedParameters(parsed, read.params));
				for (Object value : NamedParameterUtils.buildValueArray(parsed, read.params, null)) {
					if (value instanceof Iterable<?> expanded) {
						expanded.forEach(values::add);
					}
					else {
						values.add(value);
					}
				}
			}
			try {
				this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
					run(connection, sql.toString(), values, reads);
					return null;
				});
			}
			catch (RuntimeException ex) {
				reads.forEach((read) -> {
					if (!read.done) {
						read.fail(ex);
					}
				});
			}
		}

		private static void run(Connection connection, String sql, List<Object> values, List<Pending<?>> reads)
				throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement(sql)) {
				for (int i = 0; i < values.size(); i++) {
					StatementCreatorUtils.setParameterValue(statement, i + 1, SqlTypeValue.TYPE_UNKNOWN, values.get(i));
				}
				boolean results = statement.execute();
				for (Pending<?> read : reads) {
					if (!results) {
						throw new IllegalStateException("A pipelined read gave no result set: " + read.sql);
					}
					try (ResultSet rs = statement.getResultSet()) {
						read.extract(rs);
					}
					results = statement.getMoreResults();
				}
			}
		}

	}

}
