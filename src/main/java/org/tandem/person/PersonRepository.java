package org.tandem.person;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, UUID> {

	@Query("select * from person where lower(email) = lower(:email)")
	Optional<Person> findByEmailIgnoreCase(String email);

	@Query("select exists (select 1 from person where lower(email) = lower(:email))")
	boolean existsByEmailIgnoreCase(String email);

}
