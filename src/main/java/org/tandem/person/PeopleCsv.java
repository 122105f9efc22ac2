package org.tandem.person;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of people as spreadsheets write it: UTF-8 with or without a byte order
 * mark, CRLF or LF, separated by commas or (as Excel does in many locales) semicolons,
 * with a header row whose names are matched ignoring case, spaces and hyphens. Cells are
 * only ever text: nothing is evaluated.
 */
final class PeopleCsv {

	static final int MAX_ROWS = 2000;

	static final List<String> COLUMNS = List.of("email", "name", "pronouns", "title", "department", "location",
			"supervisor_email", "expertise", "interests", "languages");

	private static final Set<String> REQUIRED = Set.of("email", "name");

	private PeopleCsv() {
	}

	static CsvSheet parse(String text) {
		String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
		char delimiter;
		String firstLine = content.lines().findFirst().orElse("");
		if (firstLine.toLowerCase(Locale.ROOT).startsWith("sep=") && firstLine.length() >= 5) {
			// Excel's hint line, e.g. "sep=;"
			delimiter = firstLine.charAt(4);
			content = content.substring(firstLine.length()).stripLeading();
			firstLine = content.lines().findFirst().orElse("");
		}
		else {
			delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
		}
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.parse(content, format)) {
			return read(parser);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			return failed("The file could not be read as CSV. Check that every quoted cell is closed.");
		}
	}

	private static CsvSheet read(CSVParser parser) {
		List<CsvSheet.Row> rows = new ArrayList<>();
		Map<String, Integer> columns = null;
		List<String> ignored = new ArrayList<>();
		for (CSVRecord record : parser) {
			if (columns == null) {
				columns = new HashMap<>();
				for (int i = 0; i < record.size(); i++) {
					String column = record.get(i).toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
					if (columns.containsKey(column)) {
						return failed("The header names the column \"" + column + "\" twice.");
					}
					columns.put(column, i);
					if (!COLUMNS.contains(column) && !column.isEmpty()) {
						ignored.add(column);
					}
				}
				Set<String> present = columns.keySet();
				List<String> missing = REQUIRED.stream().filter((c) -> !present.contains(c)).sorted().toList();
				if (!missing.isEmpty()) {
					return failed("The header row lacks the column(s) " + String.join(", ", missing)
							+ ". The first row must name the columns, for example: email,name,department.");
				}
				continue;
			}
			if (isBlank(record)) {
				continue;
			}
			if (rows.size() == MAX_ROWS) {
				return failed("The file has more than " + String.format(Locale.ROOT, "%,d", MAX_ROWS)
						+ " people. Split it into several files.");
			}
			rows.add(row(record, columns));
		}
		if (columns == null) {
			return failed("The file is empty.");
		}
		return new CsvSheet(List.of(), List.copyOf(ignored), List.copyOf(rows));
	}

	private static CsvSheet.Row row(CSVRecord record, Map<String, Integer> columns) {
		String[] cells = COLUMNS.stream().map((column) -> cell(record, columns.get(column))).toArray(String[]::new);
		return new CsvSheet.Row(record.getRecordNumber(), cells[0], cells[1], cells[2], cells[3], cells[4], cells[5],
				cells[6], cells[7], cells[8], cells[9]);
	}

	private static String cell(CSVRecord record, Integer index) {
		return (index != null && index < record.size()) ? record.get(index) : "";
	}

	private static boolean isBlank(CSVRecord record) {
		return record.stream().allMatch(String::isBlank);
	}

	private static CsvSheet failed(String error) {
		return new CsvSheet(List.of(error), List.of(), List.of());
	}

	private static long count(String text, char c) {
		return text.chars().filter((ch) -> ch == c).count();
	}

}
