package org.tandem.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.tandem.shared.kernel.InvalidInputException.FieldError;

/**
 * Checks every row of an import against the same rules as the forms, against the other
 * rows (duplicate emails, supervisors, loops) and against the people already in Tandem.
 * Knows nothing of the database: the caller passes the emails already taken.
 */
final class ImportCheck {

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "Name"),
			Map.entry("email", "Email"), Map.entry("pronouns", "Pronouns"), Map.entry("title", "Title"),
			Map.entry("department", "Department"), Map.entry("location", "Location"),
			Map.entry("expertise", "Expertise"), Map.entry("interests", "Interests"),
			Map.entry("languages", "Languages"));

	private ImportCheck() {
	}

	/**
	 * Every email a sheet mentions, in lower case, to look up in one query.
	 */
	static Set<String> emailsOf(CsvSheet sheet) {
		return sheet.rows()
			.stream()
			.flatMap((row) -> Stream.of(row.email(), row.supervisorEmail()))
			.map(ImportCheck::key)
			.filter(PersonRules::validEmail)
			.collect(Collectors.toSet());
	}

	/**
	 * @param existing the people already in Tandem among {@link #emailsOf}, by lower-case
	 * email
	 */
	static ImportPreview check(CsvSheet sheet, Map<String, UUID> existing) {
		Map<String, List<Long>> linesByEmail = new HashMap<>();
		Map<String, String> supervisorInFile = new HashMap<>();
		for (CsvSheet.Row row : sheet.rows()) {
			linesByEmail.computeIfAbsent(key(row.email()), (email) -> new ArrayList<>()).add(row.line());
			supervisorInFile.put(key(row.email()), key(row.supervisorEmail()));
		}
		List<ImportRow> rows = new ArrayList<>();
		for (CsvSheet.Row row : sheet.rows()) {
			rows.add(checkRow(row, linesByEmail, supervisorInFile, existing));
		}
		return new ImportPreview(sheet.fileErrors(), sheet.ignoredColumns(), List.copyOf(rows));
	}

	private static ImportRow checkRow(CsvSheet.Row row, Map<String, List<Long>> linesByEmail,
			Map<String, String> supervisorInFile, Map<String, UUID> existing) {
		Person.Profile profile = PersonRules.normalize(new Person.Profile(row.pronouns(), row.title(), row.department(),
				row.location(), null, null, PersonRules.split(row.expertise(), ";"),
				PersonRules.split(row.interests(), ";"), PersonRules.split(row.languages(), ";"), null, null, null));
		PersonEdit edit = new PersonEdit(row.name().strip(), row.email().strip(), null, profile, null);
		List<String> errors = new ArrayList<>();
		for (FieldError error : PersonRules.check(edit)) {
			errors.add(LABELS.getOrDefault(error.field(), error.field()) + " " + error.message());
		}
		String email = key(row.email());
		List<Long> lines = linesByEmail.getOrDefault(email, List.of());
		if (!email.isEmpty() && lines.size() > 1) {
			errors.add("Email appears more than once in the file (rows "
					+ lines.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
		}
		if (existing.containsKey(email)) {
			errors.add("Email belongs to a person already in Tandem");
		}
		String supervisor = key(row.supervisorEmail());
		if (!supervisor.isEmpty()) {
			if (supervisor.equals(email)) {
				errors.add("Supervisor cannot be the person themself");
			}
			else if (!supervisorInFile.containsKey(supervisor) && !existing.containsKey(supervisor)) {
				errors.add("Supervisor email matches no one in Tandem or in this file");
			}
			else if (loops(email, supervisorInFile)) {
				errors.add("Supervisor chain loops back to this person");
			}
		}
		return new ImportRow(row.line(), row.email().strip(), row.name().strip(),
				(profile.department() != null) ? profile.department() : "", row.supervisorEmail().strip(), profile,
				List.copyOf(errors));
	}

	/**
	 * Whether following supervisors within the file from this person comes back to them.
	 * People already in Tandem cannot have a new person as supervisor, so a loop can only
	 * run through the file.
	 */
	private static boolean loops(String email, Map<String, String> supervisorInFile) {
		Set<String> seen = new HashSet<>();
		String current = supervisorInFile.get(email);
		while (current != null && !current.isEmpty() && seen.add(current)) {
			if (current.equals(email)) {
				return true;
			}
			current = supervisorInFile.get(current);
		}
		return false;
	}

	static String key(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
