package org.tandem.matching;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface MatchingRunRepository extends ListCrudRepository<MatchingRun, UUID> {

	/**
	 * Moves a draft to the new status; 0 if the run is no draft (any more). The row lock
	 * taken here makes a second, concurrent publish wait and then find no draft.
	 */
	@Modifying
	@Query("""
			update matching_run set status = :status, decided_by = :by, decided_at = :at, version = version + 1
			where id = :id and status = 'DRAFT'
			""")
	int decide(UUID id, String status, UUID by, Instant at);

	/**
	 * Discards the program's other drafts once one run is published: they were
	 * alternatives to it.
	 */
	@Modifying
	@Query("""
			update matching_run set status = 'DISCARDED', decided_by = :by, decided_at = :at, version = version + 1
			where program_id = :programId and status = 'DRAFT' and id <> :id
			""")
	int discardOthers(UUID programId, UUID id, UUID by, Instant at);

}
