package org.tandem.person;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, UUID> {

	@Query("select * from person where lower(email) = lower(:email)")
	Optional<Person> findByEmailIgnoreCase(String email);

	@Query("select * from person where lower(email) in (:emails)")
	List<Person> findAllByLowerEmailIn(Collection<String> emails);

	@Query("select exists (select 1 from person where lower(email) = lower(:email))")
	boolean existsByEmailIgnoreCase(String email);

	/**
	 * One page of the directory; {@code pattern} is a lower-case LIKE pattern with its
	 * wildcards escaped by a backslash.
	 */
	@Query("""
			select * from person
			where lower(name) like :pattern or lower(email) like :pattern or lower(department) like :pattern
			order by lower(name), id limit :limit offset :offset
			""")
	List<Person> search(String pattern, int limit, long offset);

	@Query("""
			select count(*) from person
			where lower(name) like :pattern or lower(email) like :pattern or lower(department) like :pattern
			""")
	long countMatching(String pattern);

	/**
	 * Whether {@code person} is {@code start} or one of the supervisors above it. The
	 * walk is bounded, so even a corrupt chain cannot loop forever.
	 */
	@Query("""
			with recursive chain (id, depth) as (
			  select cast(:start as uuid), 0
			  union all
			  select p.supervisor_id, c.depth + 1 from person p join chain c on p.id = c.id
			  where p.supervisor_id is not null and c.depth < 1000
			)
			select exists (select 1 from chain where id = :person)
			""")
	boolean chainFrom(UUID start, UUID person);

}
