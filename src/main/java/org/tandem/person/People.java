package org.tandem.person;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.tandem.account.Accounts;
import org.tandem.shared.web.ConflictException;
import org.tandem.shared.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of Tandem as other features see them. Emails are unique regardless of case.
 */
@Service
public class People {

	private final PersonRepository repository;

	private final Clock clock;

	private final Accounts accounts;

	People(PersonRepository repository, Clock clock, Accounts accounts) {
		this.repository = repository;
		this.clock = clock;
		this.accounts = accounts;
	}

	public Optional<Person> find(PersonId id) {
		return this.repository.findById(id.value());
	}

	public Optional<Person> findByEmail(String email) {
		return this.repository.findByEmailIgnoreCase(email.strip());
	}

	public List<Person> findAll(Collection<UUID> ids) {
		return this.repository.findAllById(ids);
	}

	public boolean exists(PersonId id) {
		return this.repository.existsById(id.value());
	}

	/**
	 * Creates a person with a name and email and nothing else.
	 * @throws ConflictException if a person with this email exists
	 */
	@Transactional
	public Person create(String email, String name) {
		if (this.repository.existsByEmailIgnoreCase(email.strip())) {
			throw new ConflictException("email", "A person with this email already exists.");
		}
		return this.repository.save(Person.create(email, name, this.clock.instant()));
	}

	/**
	 * Disables the person: they can no longer sign in, and their sessions and API tokens
	 * end now.
	 */
	@Transactional
	public void disable(PersonId id) {
		Person person = this.repository.findById(id.value())
			.orElseThrow(() -> new NotFoundException("No such person."));
		person.disable();
		this.repository.save(person);
		this.accounts.endSessions(id.value());
	}

}
