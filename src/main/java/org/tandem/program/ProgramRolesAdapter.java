package org.tandem.program;

import java.util.List;
import java.util.UUID;

import org.tandem.person.ProgramRoles;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Answers the person feature's questions about programs from the participant table.
 */
@Component
class ProgramRolesAdapter implements ProgramRoles {

	private final JdbcClient jdbc;

	ProgramRolesAdapter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<RoleInProgram> rolesOf(UUID personId) {
		return this.jdbc.sql("""
				select program_id, role from participant where person_id = :person and status = 'ACTIVE'
				order by created_at limit 200
				""")
			.param("person", personId)
			.query((rs, row) -> new RoleInProgram(rs.getObject("program_id", UUID.class), rs.getString("role")))
			.list();
	}

	@Override
	public boolean isCommitteeFor(UUID viewer, UUID person) {
		return this.jdbc
			.sql("""
					select exists (
					  select 1 from participant c join participant p on p.program_id = c.program_id
					  where c.person_id = :viewer and c.role = 'COMMITTEE' and c.status = 'ACTIVE' and p.person_id = :person)
					""")
			.param("viewer", viewer)
			.param("person", person)
			.query(Boolean.class)
			.single();
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
