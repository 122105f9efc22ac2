package org.tandem.person;

import java.util.List;

/**
 * One person of an import as the preview shows them, with every problem found.
 *
 * @param line the row's number in the file, the header being row 1
 */
public record ImportRow(long line, String email, String name, String department, String supervisorEmail,
		Person.Profile profile, List<String> errors) {

	public boolean ok() {
		return this.errors.isEmpty();
	}

}
