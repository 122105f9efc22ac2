package org.tandem.person;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.shared.kernel.ConflictException;
import org.tandem.shared.kernel.InvalidInputException;
import org.tandem.shared.kernel.Paging;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules of the people service that every way in (API, forms, import) relies on.
 */
@IntegrationTest
class PeopleTests {

	@Autowired
	People people;

	@Autowired
	PersonRepository repository;

	@Test
	void theDatabaseRefusesADuplicateEmailInAnotherCaseWithTheExceptionWeTranslate() {
		Person existing = this.people.create(Fixtures.uniqueEmail("race"), "Race");
		// what a concurrent request that passed the check would run into
		assertThatExceptionOfType(DuplicateKeyException.class).isThrownBy(() -> this.repository
			.save(Person.create(existing.email().toUpperCase(), "Racer", existing.createdAt())));
	}

	@Test
	void textsThatPostgresCannotStoreAreInvalidInputNotServerErrors() {
		Person person = this.people.create(Fixtures.uniqueEmail("nul"), "Nul");
		PersonEdit edit = PersonEdit.of(person);
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.people.update(person.id(),
					new PersonEdit("Nu\u0000l", edit.email(), null, edit.profile(), null)))
			.satisfies((ex) -> assertThat(ex.errors()).extracting("field").containsExactly("name"));
		Person.Profile profile = new Person.Profile(null, null, null, null, "Line one\nline two", null,
				List.of("a\u0000"), List.of(), List.of(), null, null, "bell\u0007");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> this.people.update(person.id(), edit.withProfile(profile)))
			.satisfies((ex) -> assertThat(ex.errors()).extracting("field")
				.containsExactlyInAnyOrder("expertise", "background"));
		assertThat(this.people.findByEmail(person.email() + "\u0000")).isEmpty();
		assertThat(this.people.directory("\u0000", new Paging(0, 1)).items()).hasSize(1);
	}

	@Test
	void updateKeepsTheOwnEmailAndRefusesAnotherPersonsEmail() {
		Person first = this.people.create(Fixtures.uniqueEmail("first"), "First");
		Person second = this.people.create(Fixtures.uniqueEmail("second"), "Second");
		PersonEdit own = PersonEdit.of(first);
		assertThat(this.people
			.update(first.id(), new PersonEdit(own.name(), own.email().toUpperCase(), null, own.profile(), null))
			.email()).isEqualTo(first.email());
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> this.people.update(second.id(),
				new PersonEdit("Second", first.email(), null, Person.Profile.empty(), null)));
	}

	@Test
	void findAllReadsEveryFieldAsSpringDataJdbcDoes() {
		Person supervisor = this.people.create(Fixtures.uniqueEmail("boss"), "Boss");
		Person full = this.people.create(Fixtures.uniqueEmail("full"), "Full");
		Person.Profile profile = new Person.Profile("they/them", "Librarian", "Special Collections", "Room 2",
				"Archives since 2015", "Sings in a choir", List.of("archives", "metadata"), List.of("walking"),
				List.of("English", "Polish"), "Short emails", "To grow", "History");
		this.people.update(full.id(),
				new PersonEdit("Full Name", full.email(), supervisor.id(), profile, "Europe/Warsaw"));
		this.people.disable(full.id());
		Person bare = this.people.create(Fixtures.uniqueEmail("bare"), "Bare");

		List<Person> read = this.people.findAll(List.of(full.id().value(), bare.id().value()));

		assertThat(read).hasSize(2);
		for (Person person : read) {
			assertThat(person).usingRecursiveComparison()
				.isEqualTo(this.repository.findById(person.id().value()).orElseThrow());
		}
		Person fullRead = read.stream().filter((person) -> person.id().equals(full.id())).findFirst().orElseThrow();
		assertThat(fullRead.profile()).isEqualTo(profile);
		assertThat(fullRead.supervisorId()).isEqualTo(supervisor.id());
		assertThat(fullRead.timeZone()).hasToString("Europe/Warsaw");
		assertThat(fullRead.disabled()).isTrue();
	}

}
