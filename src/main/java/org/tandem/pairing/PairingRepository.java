package org.tandem.pairing;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PairingRepository extends ListCrudRepository<Pairing, UUID> {

	@Query("select * from pairing where id = :id for update")
	Optional<Pairing> lockById(UUID id);

	@Query("""
			select count(*) from pairing
			where program_id = :programId and mentor_id = :mentorId and status = 'ACTIVE'
			""")
	int countActiveOfMentor(UUID programId, UUID mentorId);

	@Query("""
			select * from pairing where program_id = :programId and mentee_id = :menteeId and status = 'ACTIVE'
			""")
	Optional<Pairing> findActiveOfMentee(UUID programId, UUID menteeId);

	@Query("select count(*) from pairing where mentor_id = :personId or mentee_id = :personId")
	long countOfPerson(UUID personId);

	@Query("""
			select * from pairing where program_id = :programId
			order by status = 'ACTIVE' desc, started_on desc, id limit :limit offset :offset
			""")
	List<Pairing> findPageOfProgram(UUID programId, int limit, long offset);

	long countByProgramId(UUID programId);

	/**
	 * The active pairings of the program, for counting mentors' load and finding unpaired
	 * mentees.
	 */
	@Query("select * from pairing where program_id = :programId and status = 'ACTIVE' limit :limit")
	List<Pairing> findActiveOfProgram(UUID programId, int limit);

	/**
	 * One page of all active pairings in a stable order, for sweeps over every pairing.
	 */
	@Query("select * from pairing where status = 'ACTIVE' order by id limit :limit offset :offset")
	List<Pairing> findActivePage(int limit, long offset);

	@Query("""
			select * from pairing where (mentor_id = :personId or mentee_id = :personId) and status = 'ACTIVE'
			order by started_on, id limit :limit
			""")
	List<Pairing> findActiveOfPerson(UUID personId, int limit);

	/**
	 * Every pairing, in any program and state, whose mentor and mentee are both among the
	 * people given.
	 */
	@Query("""
			select * from pairing where mentor_id in (:people) and mentee_id in (:people)
			order by id limit :limit
			""")
	List<Pairing> findBetween(Collection<UUID> people, int limit);

}
