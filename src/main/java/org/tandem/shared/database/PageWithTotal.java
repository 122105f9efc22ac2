package org.tandem.shared.database;

import java.util.List;
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
		long[] total = { -1 };
		List<T> items = statement.param("limit", paging.size()).param("offset", paging.offset()).query((rs, row) -> {
			total[0] = rs.getLong("total");
			return rows.mapRow(rs, row);
		}).list();
		if (total[0] < 0) {
			total[0] = (paging.offset() == 0) ? 0 : countApart.getAsLong();
		}
		return new PageResponse<>(items, paging.page(), paging.size(), total[0]);
	}

}
