package org.tandem.home.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.tandem.shared.database.PipelinedReads;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.stereotype.Component;

/**
 * The home page's read model: what its next steps depend on, in one statement. Explicit
 * SQL over other features' tables (the caller's participations, whether their profile
 * says what they know and want to learn, whether any program exists), metadata only. It
 * travels with the layout's read of the viewer ({@link PipelinedReads}): the page costs
 * one round trip besides the session's.
 */
@Component
class HomeQuery {

	private static final String FACTS = """
			select
			  (select p.professional_intro is null or (cardinality(p.expertise) = 0 and cardinality(p.interests) = 0)
			   from person p where p.id = :person) as incomplete,
			  (:admin and not exists (select 1 from program)) as no_programs,
			  pa.program_id, pa.role, pa.status
			from (select 1) as one
			left join lateral (
			  select program_id, role, status, created_at from participant where person_id = :person
			  order by created_at limit 200) pa on true
			order by pa.created_at
			""";

	private final PipelinedReads reads;

	HomeQuery(PipelinedReads reads) {
		this.reads = reads;
	}

	/**
	 * The caller's facts, read together with every read that waits (in a GET, the
	 * layout's).
	 */
	Facts of(TandemPrincipal me) {
		return this.reads.query(FACTS, Map.of("person", me.personId(), "admin", me.admin()), (rs) -> {
			List<Participation> participations = new ArrayList<>();
			boolean incomplete = false;
			boolean noPrograms = false;
			while (rs.next()) {
				incomplete = rs.getBoolean("incomplete");
				noPrograms = rs.getBoolean("no_programs");
				UUID program = rs.getObject("program_id", UUID.class);
				if (program != null) {
					participations.add(new Participation(program, rs.getString("role"), rs.getString("status")));
				}
			}
			return new Facts(participations, incomplete, noPrograms);
		}).get();
	}

	/**
	 * What the home page's next steps depend on.
	 *
	 * @param participations the caller's participations in every program, applications
	 * included, oldest first
	 * @param profileIncomplete whether the caller's profile lacks an introduction, or
	 * both what they know and what they want to learn
	 * @param noPrograms whether the caller is an administrator and no program exists yet
	 */
	record Facts(List<Participation> participations, boolean profileIncomplete, boolean noPrograms) {

	}

	/** One participation: the program, the role and the status by name. */
	record Participation(UUID programId, String role, String status) {

	}

}
