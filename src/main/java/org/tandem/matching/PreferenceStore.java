package org.tandem.matching;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.program.ProgramId;
import org.tandem.program.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rankings participants give for preferences mode: mentees rank mentors, mentors may
 * rank mentees. Each list holds person ids, first choice first.
 */
@Component
class PreferenceStore {

	private final JdbcClient jdbc;

	PreferenceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every ranking given in the program by people in this role, by the person who
	 * ranked.
	 */
	Map<UUID, List<UUID>> rankings(ProgramId programId, Role role) {
		Map<UUID, List<UUID>> rankings = new LinkedHashMap<>();
		this.jdbc.sql("""
				select person_id, candidate_id from matching_preference
				where program_id = :program and role = :role order by person_id, rank
				""").param("program", programId.value()).param("role", role.name()).query((rs) -> {
			rankings.computeIfAbsent(rs.getObject("person_id", UUID.class), (id) -> new ArrayList<>())
				.add(rs.getObject("candidate_id", UUID.class));
		});
		return rankings;
	}

	List<UUID> rankingOf(ProgramId programId, UUID personId, Role role) {
		return this.jdbc.sql("""
				select candidate_id from matching_preference
				where program_id = :program and person_id = :person and role = :role order by rank
				""")
			.param("program", programId.value())
			.param("person", personId)
			.param("role", role.name())
			.query(UUID.class)
			.list();
	}

	/**
	 * Replaces the person's ranking.
	 */
	@Transactional
	void replace(ProgramId programId, UUID personId, Role role, List<UUID> ranking) {
		this.jdbc
			.sql("delete from matching_preference where program_id = :program and person_id = :person and role = :role")
			.param("program", programId.value())
			.param("person", personId)
			.param("role", role.name())
			.update();
		for (int rank = 0; rank < ranking.size(); rank++) {
			this.jdbc.sql("""
					insert into matching_preference (program_id, person_id, role, rank, candidate_id)
					values (:program, :person, :role, :rank, :candidate)
					""")
				.param("program", programId.value())
				.param("person", personId)
				.param("role", role.name())
				.param("rank", rank + 1)
				.param("candidate", ranking.get(rank))
				.update();
		}
	}

}
