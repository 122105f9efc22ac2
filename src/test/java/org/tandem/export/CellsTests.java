package org.tandem.export;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text of a cell and the rule that keeps a CSV cell from being run as a formula; the
 * ASCII name of an export's file.
 */
class CellsTests {

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=", "-" })
	void aCellThatStartsLikeAFormulaGetsASingleQuoteInFront(String cell) {
		assertThat(Cells.inert(cell)).isEqualTo("'" + cell);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Ada", "1", "x=1", " =1", "'=1", "\"=1\"", "2026-03-01", "a\tb", "Zoë" })
	void anyOtherCellStaysAsItIs(String cell) {
		assertThat(Cells.inert(cell)).isEqualTo(cell);
	}

	@Test
	void nothingAndEmptyStayAsTheyAre() {
		assertThat(Cells.inert(null)).isNull();
		assertThat(Cells.inert("")).isEmpty();
	}

	@Test
	void timesAreWrittenToTheSecondWithTheirOffset() {
		OffsetDateTime time = OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 123_000_000, ZoneOffset.ofHours(1));

		assertThat(Cells.text(time)).isEqualTo("2026-03-01T09:30:00+01:00");
		assertThat(Cells.text(null)).isNull();
		assertThat(Cells.text(42)).isEqualTo("42");
	}

	@Test
	void theFileNameIsAsciiLowerCaseWithHyphens() {
		assertThat(Export.slug("Ménage à trois! 2026")).isEqualTo("menage-a-trois-2026");
		assertThat(Export.slug("  Spring   mentoring  ")).isEqualTo("spring-mentoring");
		assertThat(Export.slug("日本語")).isEqualTo("program");
		assertThat(Export.slug("\"; rm -rf /")).isEqualTo("rm-rf");
		assertThat(Export.slug("a".repeat(59) + " bcd")).isEqualTo("a".repeat(59));
	}

}
