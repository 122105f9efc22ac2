package org.tandem.shared.database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.tandem.shared.kernel.PageResponse;
import org.tandem.shared.kernel.Paging;

import org.springframework.jdbc.core.ResultSetExtractor;
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
		long[] total = { -1 };
		List<T> items = statement.param("limit", paging.size()).param("offset", paging.offset()).query((rs, row) -> {
			total[0] = rs.getLong("total");
			return rows.mapRow(rs, row);
		}).list();
		return page(items, total[0], paging, countApart);
	}

	/**
	 * Adds the statement for the page to the reads that travel together
	 * ({@link PipelinedReads}); the page is read on the first {@code get()} of any of
	 * them.
	 * @param params the statement's own parameters, without {@code limit} and
	 * {@code offset}
	 * @param countApart the total, asked only for an empty page after the first
	 */
	public static <T> Supplier<PageResponse<T>> read(PipelinedReads reads, String sql, Map<String, ?> params,
			Paging paging, RowMapper<T> rows, LongSupplier countApart) {
		Map<String, Object> all = new HashMap<>(params);
		all.put("limit", paging.size());
		all.put("offset", paging.offset());
		ResultSetExtractor<Rows<T>> extractor = (rs) -> {
			List<T> items = new ArrayList<>();
			long total = -1;
			while (rs.next()) {
				total = rs.getLong("total");
				items.add(rows.mapRow(rs, items.size()));
			}
			return new Rows<>(items, total);
		};
		PipelinedReads.Pending<Rows<T>> page = reads.query(sql, all, extractor);
		return () -> {
			Rows<T> read = page.get();
			return page(read.items(), read.total(), paging, countApart);
		};
	}

	/**
	 * The page, its total from the rows ({@code -1} without a row), else counted apart.
	 */
	private static <T> PageResponse<T> page(List<T> items, long total, Paging paging, LongSupplier countApart) {
		long known = (total >= 0) ? total : (paging.offset() == 0) ? 0 : countApart.getAsLong();
		return new PageResponse<>(items, paging.page(), paging.size(), known);
	}

	/** The rows of a page and the total they carry ({@code -1} without a row). */
	private record Rows<T>(List<T> items, long total) {

	}

}
