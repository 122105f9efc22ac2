package org.tandem.program;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

interface ProgramRepository extends ListCrudRepository<Program, UUID> {

}
