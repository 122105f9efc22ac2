package org.tandem.person;

import java.util.List;

/**
 * A CSV file of people as read, before any check: the problems that make the whole file
 * unusable, the columns Tandem does not know (ignored), and the rows.
 */
record CsvSheet(List<String> fileErrors, List<String> ignoredColumns, List<Row> rows) {

	/**
	 * One row's cells by column; a column the file lacks is empty.
	 *
	 * @param line the row's number in the file, the header being line 1
	 */
	record Row(long line, String email, String name, String pronouns, String title, String department, String location,
			String supervisorEmail, String expertise, String interests, String languages) {
	}

}
