package org.tandem.person;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports people from CSV: a preview that writes nothing, and an import that checks the
 * file again and then writes every row, or none.
 */
@Service
public class PeopleImport {

	private final PersonRepository repository;

	private final People people;

	private final Clock clock;

	PeopleImport(PersonRepository repository, People people, Clock clock) {
		this.repository = repository;
		this.people = people;
		this.clock = clock;
	}

	public ImportPreview preview(String csv) {
		CsvSheet sheet = PeopleCsv.parse(csv);
		return ImportCheck.check(sheet, existing(ImportCheck.emailsOf(sheet)));
	}

	/**
	 * Writes all the people of the file and emails each their invitation, if the file has
	 * no problem now; otherwise writes nothing. The links come back only where
	 * {@link People#register} would return them.
	 * @return the invitations, or the preview with its problems
	 */
	@Transactional
	public Outcome importAll(String csv, UUID importer, boolean importerIsAdmin) {
		CsvSheet sheet = PeopleCsv.parse(csv);
		Map<String, UUID> existing = existing(ImportCheck.emailsOf(sheet));
		ImportPreview preview = ImportCheck.check(sheet, existing);
		if (!preview.ok()) {
			return new Outcome(preview, List.of());
		}
		Instant now = this.clock.instant();
		Map<String, Person> created = new HashMap<>();
		for (ImportRow row : preview.rows()) {
			Person person = Person.create(row.email(), row.name(), now);
			person.updateProfile(row.profile());
			created.put(ImportCheck.key(row.email()), this.repository.save(person));
		}
		// supervisors second: a row may name a supervisor from a later row
		for (ImportRow row : preview.rows()) {
			String supervisor = ImportCheck.key(row.supervisorEmail());
			if (!supervisor.isEmpty()) {
				Person person = created.get(ImportCheck.key(row.email()));
				Person inFile = created.get(supervisor);
				person
					.assignSupervisor(new PersonId((inFile != null) ? inFile.id().value() : existing.get(supervisor)));
				created.put(ImportCheck.key(row.email()), this.repository.save(person));
			}
		}
		List<Invitation> invitations = new ArrayList<>();
		for (ImportRow row : preview.rows()) {
			Person person = created.get(ImportCheck.key(row.email()));
			invitations.add(new Invitation(person.name(), person.email(),
					this.people.invite(person, importer, importerIsAdmin)));
		}
		return new Outcome(preview, List.copyOf(invitations));
	}

	private Map<String, UUID> existing(Set<String> emails) {
		if (emails.isEmpty()) {
			return Map.of();
		}
		return this.repository.findAllByLowerEmailIn(emails)
			.stream()
			.collect(Collectors.toMap((person) -> ImportCheck.key(person.email()), (person) -> person.id().value()));
	}

	/**
	 * The result of an import: written when there are invitations.
	 */
	public record Outcome(ImportPreview preview, List<Invitation> invitations) {

		public boolean written() {
			return !this.invitations.isEmpty();
		}

	}

}
