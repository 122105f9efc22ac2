package org.tandem.program;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ParticipantRepository extends ListCrudRepository<Participant, UUID> {

	Optional<Participant> findByProgramIdAndPersonIdAndRole(UUID programId, UUID personId, Role role);

	Optional<Participant> findByIdAndProgramId(UUID id, UUID programId);

	@Query("select * from participant where person_id = :personId order by created_at limit 200")
	List<Participant> findByPersonId(UUID personId);

	long countByProgramId(UUID programId);

	@Query("""
			select * from participant where program_id = :programId and status = 'ACTIVE'
			order by created_at, id limit :limit offset :offset
			""")
	List<Participant> findActivePage(UUID programId, int limit, long offset);

	@Query("select count(*) from participant where program_id = :programId and status = 'ACTIVE'")
	long countActive(UUID programId);

	@Query("""
			select * from participant where program_id = :programId and person_id = :personId and role = :role
			for update
			""")
	Optional<Participant> lockByProgramIdAndPersonIdAndRole(UUID programId, UUID personId, String role);

	@Query("""
			select * from participant where program_id = :programId and role = :role and status = 'ACTIVE'
			order by created_at, id limit :limit
			""")
	List<Participant> findActiveByRole(UUID programId, String role, int limit);

}
