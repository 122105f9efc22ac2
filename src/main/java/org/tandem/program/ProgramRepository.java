package org.tandem.program;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ProgramRepository extends ListCrudRepository<Program, UUID> {

	@Query("select * from program order by starts_on desc, name, id limit :limit offset :offset")
	List<Program> findPage(int limit, long offset);

	/**
	 * The programs a person takes part in (in any role or as an applicant) and those open
	 * for enrollment.
	 */
	@Query("""
			select * from program p
			where p.enrollment_open or exists (select 1 from participant x where x.program_id = p.id and x.person_id = :person)
			order by p.starts_on desc, p.name, p.id limit :limit offset :offset
			""")
	List<Program> findVisiblePage(UUID person, int limit, long offset);

	@Query("""
			select count(*) from program p
			where p.enrollment_open or exists (select 1 from participant x where x.program_id = p.id and x.person_id = :person)
			""")
	long countVisible(UUID person);

	/**
	 * Locks the program's row until the transaction ends; whoever starts pairings in the
	 * program takes this lock first, so that publishes and hand pairings queue in one
	 * order instead of deadlocking on participants.
	 */
	@Query("select id from program where id = :id for update")
	Optional<UUID> lockById(UUID id);

}
