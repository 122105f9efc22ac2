package org.tandem.export;

/**
 * How an export is written: RFC 4180 CSV in UTF-8, or a JSON array of objects with the
 * same fields.
 */
public enum ExportFormat {

	CSV("csv", "text/csv;charset=UTF-8"), JSON("json", "application/json");

	private final String extension;

	private final String contentType;

	ExportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

}
