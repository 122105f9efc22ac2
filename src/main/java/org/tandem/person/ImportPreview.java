package org.tandem.person;

import java.util.List;

/**
 * What an import would do: every row with its problems, and the problems of the file as a
 * whole. It may be confirmed only when there is no problem at all.
 */
public record ImportPreview(List<String> fileErrors, List<String> ignoredColumns, List<ImportRow> rows) {

	public boolean ok() {
		return this.fileErrors.isEmpty() && !this.rows.isEmpty() && this.rows.stream().allMatch(ImportRow::ok);
	}

	public long rowsWithErrors() {
		return this.rows.stream().filter((row) -> !row.ok()).count();
	}

}
