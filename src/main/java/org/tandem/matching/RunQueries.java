package org.tandem.matching;

import java.util.List;
import java.util.UUID;

import org.tandem.program.ProgramId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lists of runs, read with plain SQL: the proposals stay in the database.
 */
@Component
public class RunQueries {

	static final int LATEST = 20;

	private final JdbcClient jdbc;

	RunQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The program's latest runs, newest first.
	 */
	public List<RunSummary> latest(ProgramId programId) {
		return this.jdbc.sql("""
				select r.id, r.mode, r.status, r.total_score, r.created_at,
				       (select count(*) from matching_proposal p where p.run_id = r.id) as matched,
				       (select count(*) from matching_unmatched u where u.run_id = r.id) as unmatched
				from matching_run r where r.program_id = :programId order by r.created_at desc, r.id limit :limit
				""")
			.param("programId", programId.value())
			.param("limit", LATEST)
			.query((rs, row) -> new RunSummary(rs.getObject("id", UUID.class), RunMode.valueOf(rs.getString("mode")),
					RunStatus.valueOf(rs.getString("status")), rs.getInt("total_score"),
					rs.getTimestamp("created_at").toInstant(), rs.getInt("matched"), rs.getInt("unmatched")))
			.list();
	}

}
