package org.tandem.program;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.tandem.person.ProgramRoles;
import org.tandem.shared.database.PipelinedReads;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers the person feature's questions about programs from the participant table.
 */
@Component
class ProgramRolesAdapter implements ProgramRoles {

	private final JdbcClient jdbc;

	private final PipelinedReads reads;

	ProgramRolesAdapter(JdbcClient jdbc, PipelinedReads reads) {
		this.jdbc = jdbc;
		this.reads = reads;
	}

	@Override
	public Supplier<List<RoleInProgram>> rolesOf(UUID personId) {
		return this.reads.list("""
				select program_id, role from participant where person_id = :person and status = 'ACTIVE'
				order by created_at limit 200
				""", Map.of("person", personId),
				(rs, row) -> new RoleInProgram(rs.getObject("program_id", UUID.class), rs.getString("role")));
	}

	/**
	 * An administrator or a committee member of any program is never overseen by another
	 * committee: otherwise enrolling them as a mentor would hand their account to whoever
	 * runs that program.
	 */
	@Override
	public boolean isCommitteeFor(UUID viewer, UUID person) {
		return this.jdbc.sql("""
				select exists (
				  select 1 from participant c join participant p on p.program_id = c.program_id
				  where c.person_id = :viewer and c.role = 'COMMITTEE' and c.status = 'ACTIVE'
				    and p.person_id = :person and p.role in ('MENTOR', 'MENTEE') and p.status = 'ACTIVE')
				and :viewer <> :person
				and not exists (select 1 from participant o
				  where o.person_id = :person and o.role = 'COMMITTEE' and o.status = 'ACTIVE')
				and not exists (select 1 from account a where a.person_id = :person and a.admin)
				""").param("viewer", viewer).param("person", person).query(Boolean.class).single();
	}

	@Override
	public Set<UUID> inProgramsRunBy(UUID viewer, Collection<UUID> people) {
		if (people.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("""
				select distinct p.person_id from participant c join participant p on p.program_id = c.program_id
				where c.person_id = :viewer and c.role = 'COMMITTEE' and c.status = 'ACTIVE'
				  and p.person_id in (:people)
				""").param("viewer", viewer).param("people", people).query(UUID.class).list());
	}

	@Override
	public boolean isCommitteeMember(UUID personId) {
		return this.jdbc.sql("""
				select exists (select 1 from participant
				  where person_id = :person and role = 'COMMITTEE' and status = 'ACTIVE')
				""").param("person", personId).query(Boolean.class).single();
	}

	@Override
	public boolean takesPart(UUID personId) {
		return this.jdbc.sql("select exists (select 1 from participant where person_id = :person)")
			.param("person", personId)
			.query(Boolean.class)
			.single();
	}

}
