package org.tandem.export;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The JDBC client of the exports: it fetches rows in batches, so that inside a
 * (read-only) transaction PostgreSQL's driver reads a large result through a cursor
 * instead of loading it whole.
 */
@Component
class ExportQueries {

	static final int FETCH_SIZE = 500;

	private final JdbcClient jdbc;

	ExportQueries(DataSource dataSource) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.jdbc = JdbcClient.create(template);
	}

	JdbcClient jdbc() {
		return this.jdbc;
	}

}
