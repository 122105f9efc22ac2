package org.tandem.program;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ParticipantRepository extends ListCrudRepository<Participant, UUID> {

	List<Participant> findByProgramIdOrderByCreatedAt(UUID programId);

	Optional<Participant> findByProgramIdAndPersonIdAndRole(UUID programId, UUID personId, Role role);

	List<Participant> findByPersonId(UUID personId);

}
