package org.tandem.export;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * How a value of an export is written as text, and how a CSV cell is kept from being
 * taken for a formula.
 */
final class Cells {

	private Cells() {
	}

	/**
	 * The value as text: dates and times in ISO 8601 (times to the second, with their
	 * offset), everything else as it prints; {@code null} stays {@code null}.
	 */
	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof OffsetDateTime time) {
			return time.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
		}
		return value.toString();
	}

	/**
	 * The cell made inert for spreadsheets (OWASP "CSV injection"): a cell that starts
	 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would
	 * be read by Excel, LibreOffice or Google Sheets as the start of a formula, so it
	 * gets a single quote in front ({@code =HYPERLINK(...)} is written
	 * {@code '=HYPERLINK(...)}), which spreadsheets show as text. Every cell is checked,
	 * whatever its column: the rule must not depend on knowing which columns people can
	 * type into. Exports hold no negative numbers (counts, capacities and durations are
	 * never below zero), so no number is ever changed by it. JSON is not meant for
	 * spreadsheets and keeps the values as they are.
	 */
	static @Nullable String inert(@Nullable String cell) {
		if (cell == null || cell.isEmpty()) {
			return cell;
		}
		return switch (cell.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
			default -> cell;
		};
	}

}
