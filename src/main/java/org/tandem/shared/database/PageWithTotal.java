package org.tandem.shared.database;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;

import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A page of rows and their total in one statement: the query selects
 * {@code count(*) over () as total} and ends with {@code limit :limit offset :offset}.
 * Only a page past the end, which has no row to carry the total, counts apart.
 */
public final class PageWithTotal {

	private PageWithTotal() {
	}

	/**
	 * Runs the statement (its own parameters bound) for the page.
	 * @param countApart the total, asked only for an empty page after the first
	 */
	public static <T> PageResponse<T> query(JdbcClient.StatementSpec statement, Paging paging, RowMapper<T> rows,
			LongSupplier countApart) {
		return page(paging, rows, countApart,
				(counted) -> statement.param("limit", paging.size())
					.param("offset", paging.offset())
					.query(counted)
					.list());
	}

	/**
	 * Reads the page with the reads waiting to go with it ({@link PipelinedReads}).
	 * @param sql the statement with named parameters, {@code :limit} and {@code :offset}
	 * among them
	 * @param countApart the total, asked only for an empty page after the first
	 */
	public static <T> PageResponse<T> read(PipelinedReads reads, String sql, Map<String, ?> params, Paging paging,
			RowMapper<T> rows, LongSupplier countApart) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("limit", paging.size());
		all.put("offset", paging.offset());
		return page(paging, rows, countApart, (counted) -> reads.list(sql, all, counted).get());
	}

	private static <T> PageResponse<T> page(Paging paging, RowMapper<T> rows, LongSupplier countApart,
			Function<RowMapper<T>, List<T>> fetch) {
		long[] total = { -1 };
		List<T> items = fetch.apply((rs, row) -> {
			total[0] = rs.getLong("total");
			return rows.mapRow(rs, row);
		});
		if (total[0] < 0) {
			total[0] = (paging.offset() == 0) ? 0 : countApart.getAsLong();
		}
		return new PageResponse<>(items, paging.page(), paging.size(), total[0]);
	}

}
