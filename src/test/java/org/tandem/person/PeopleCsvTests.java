package org.tandem.person;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV reader and the import checks, without Spring or a database.
 */
class PeopleCsvTests {

	@Test
	void readsExcelStyleFilesWithBomCrlfAndSemicolons() {
		CsvSheet sheet = PeopleCsv
			.parse("\uFEFFEmail;Name;Department;Expertise\r\nada@example.org;Ada;Maps;\"rare books; maps\"\r\n;;;\r\n");
		assertThat(sheet.fileErrors()).isEmpty();
		assertThat(sheet.rows()).hasSize(1);
		CsvSheet.Row row = sheet.rows().get(0);
		assertThat(row.email()).isEqualTo("ada@example.org");
		assertThat(row.department()).isEqualTo("Maps");
		assertThat(row.line()).isEqualTo(2);
		ImportPreview preview = ImportCheck.check(sheet, Map.of());
		assertThat(preview.ok()).isTrue();
		assertThat(preview.rows().get(0).profile().expertise()).containsExactly("rare books", "maps");
	}

	@Test
	void readsCommaFilesWithHeaderNamesInAnyCaseAndExcelSeparatorHint() {
		CsvSheet comma = PeopleCsv
			.parse("NAME, E-mail ,Supervisor Email\nBo,bo@example.org,\n".replace("E-mail", "EMAIL"));
		assertThat(comma.fileErrors()).isEmpty();
		assertThat(comma.rows().get(0).name()).isEqualTo("Bo");
		CsvSheet hinted = PeopleCsv.parse("sep=;\r\nemail;name\r\ncy@example.org;Cy, Jr.\r\n");
		assertThat(hinted.fileErrors()).isEmpty();
		assertThat(hinted.rows().get(0).name()).isEqualTo("Cy, Jr.");
	}

	@Test
	void formulaLikeCellsAreKeptAsText() {
		CsvSheet sheet = PeopleCsv.parse("email,name,title\nf@example.org,=1+2,\"=HYPERLINK(\"\"http://x\"\")\"\n");
		ImportPreview preview = ImportCheck.check(sheet, Map.of());
		assertThat(preview.ok()).isTrue();
		assertThat(preview.rows().get(0).name()).isEqualTo("=1+2");
		assertThat(preview.rows().get(0).profile().title()).isEqualTo("=HYPERLINK(\"http://x\")");
	}

	@Test
	void reportsProblemsOfTheWholeFile() {
		assertThat(PeopleCsv.parse("").fileErrors()).singleElement().asString().contains("empty");
		assertThat(PeopleCsv.parse("email,department\na@example.org,X\n").fileErrors()).singleElement()
			.asString()
			.contains("name");
		assertThat(PeopleCsv.parse("email,name,email\n").fileErrors()).singleElement().asString().contains("twice");
		assertThat(PeopleCsv.parse("email,name\n\"a@example.org,A\n").fileErrors()).hasSize(1);
		StringBuilder big = new StringBuilder("email,name\n");
		for (int i = 0; i <= PeopleCsv.MAX_ROWS; i++) {
			big.append("p").append(i).append("@example.org,P").append(i).append('\n');
		}
		assertThat(PeopleCsv.parse(big.toString()).fileErrors()).singleElement().asString().contains("2,000");
		assertThat(ImportCheck.check(PeopleCsv.parse("email,name\r\n"), Map.of()).ok()).isFalse();
		assertThat(PeopleCsv.parse("email,name,shoe size\na@example.org,A,42\n").ignoredColumns())
			.containsExactly("shoe_size");
	}

	@Test
	void checksEveryRow() {
		UUID boss = UUID.randomUUID();
		CsvSheet sheet = PeopleCsv.parse("""
				email,name,supervisor_email,title
				,No Email,,
				not-an-email,Bad Email,,
				dup@example.org,First,,
				DUP@example.org,Second,,
				taken@example.org,Taken,,
				ok@example.org,,,
				a@example.org,A,boss@example.org,
				b@example.org,B,a@example.org,
				c@example.org,C,ghost@example.org,
				d@example.org,D,d@example.org,
				e@example.org,E,f@example.org,
				f@example.org,F,e@example.org,
				g@example.org,G,,%s
				""".formatted("t".repeat(201)));
		ImportPreview preview = ImportCheck.check(sheet,
				Map.of("taken@example.org", UUID.randomUUID(), "boss@example.org", boss));
		assertThat(preview.ok()).isFalse();
		Map<String, List<String>> errors = new java.util.HashMap<>();
		preview.rows().forEach((row) -> errors.put(row.name(), row.errors()));
		assertThat(errors.get("No Email")).anyMatch((e) -> e.startsWith("Email is required"));
		assertThat(errors.get("Bad Email")).anyMatch((e) -> e.contains("not a valid email"));
		assertThat(errors.get("First")).anyMatch((e) -> e.contains("more than once") && e.contains("rows 4, 5"));
		assertThat(errors.get("Second")).anyMatch((e) -> e.contains("more than once"));
		assertThat(errors.get("Taken")).anyMatch((e) -> e.contains("already in Tandem"));
		assertThat(errors.get("")).anyMatch((e) -> e.startsWith("Name is required"));
		assertThat(errors.get("A")).isEmpty();
		assertThat(errors.get("B")).isEmpty();
		assertThat(errors.get("C")).anyMatch((e) -> e.contains("matches no one"));
		assertThat(errors.get("D")).anyMatch((e) -> e.contains("themself"));
		assertThat(errors.get("E")).anyMatch((e) -> e.contains("loops"));
		assertThat(errors.get("F")).anyMatch((e) -> e.contains("loops"));
		assertThat(errors.get("G")).anyMatch((e) -> e.startsWith("Title must be at most 200"));
		assertThat(preview.rowsWithErrors()).isEqualTo(11);
	}

	@Test
	void emailsOfASheetAreCollectedForOneLookup() {
		CsvSheet sheet = PeopleCsv.parse("email,name,supervisor_email\nA@Example.org,A,Boss@Example.org\nbad,B,\n");
		assertThat(ImportCheck.emailsOf(sheet)).containsExactlyInAnyOrder("a@example.org", "boss@example.org");
	}

}
