package org.tandem.celebration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tandem.program.MeetingFormat;
import org.tandem.program.ProgramId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A read model over other modules' tables ({@code pairing}, {@code meeting},
 * {@code pair_activity}, {@code goal}, {@code suggested_place}) for the celebration:
 * counts of metadata columns only, three queries whatever the program's size. It never
 * selects a ciphertext column: meetings are counted by place through
 * {@code meeting.place_id}, which links a meeting to a suggested place only when the pair
 * chose one; a place of the pair's own is never read.
 */
@Repository
class CelebrationFigures {

	private final JdbcClient jdbc;

	CelebrationFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Pairs (active and closed), meetings held, activities completed, goals achieved. */
	Totals totals(ProgramId program) {
		return this.jdbc.sql("""
				select
				    (select count(*) from pairing p where p.program_id = :program) as pairs,
				    (select count(*) from meeting m join pairing p on p.id = m.pairing_id
				        where p.program_id = :program and m.status = 'HELD') as meetings,
				    (select count(*) from pair_activity a join pairing p on p.id = a.pairing_id
				        where p.program_id = :program and a.done) as activities,
				    (select count(*) from goal g join pairing p on p.id = g.pairing_id
				        where p.program_id = :program and g.status = 'ACHIEVED') as goals""")
			.param("program", program.value())
			.query((rs, row) -> new Totals(rs.getLong("pairs"), rs.getLong("meetings"), rs.getLong("activities"),
					rs.getLong("goals")))
			.single();
	}

	/** Held meetings by format, the most used first; formats never used are left out. */
	Map<MeetingFormat, Long> formats(ProgramId program) {
		Map<MeetingFormat, Long> formats = new LinkedHashMap<>();
		this.jdbc.sql("""
				select m.format, count(*) as held from meeting m join pairing p on p.id = m.pairing_id
				where p.program_id = :program and m.status = 'HELD'
				group by m.format order by held desc, m.format""").param("program", program.value()).query((rs) -> {
			formats.put(MeetingFormat.valueOf(rs.getString("format")), rs.getLong("held"));
		});
		return formats;
	}

	/**
	 * The program's suggested places by the number of meetings held there, the most
	 * visited first; places where no meeting was held are left out.
	 */
	List<PlaceCount> places(ProgramId program, int limit) {
		return this.jdbc.sql("""
				select s.name, count(*) as held
				from meeting m join suggested_place s on s.id = m.place_id
				where s.program_id = :program and m.status = 'HELD'
				group by s.id, s.name order by held desc, lower(s.name) limit :limit""")
			.param("program", program.value())
			.param("limit", limit)
			.query((rs, row) -> new PlaceCount(rs.getString("name"), rs.getLong("held")))
			.list();
	}

	record Totals(long pairs, long meetingsHeld, long activitiesCompleted, long goalsAchieved) {

	}

}
