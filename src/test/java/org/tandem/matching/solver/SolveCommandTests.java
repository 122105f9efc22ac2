package org.tandem.matching.solver;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SolveCommandTests {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void printsTheOptimumAsOneJsonLine() throws IOException {
		// mentee 2 can only have mentor 0, so matched-count-first sends mentee 0 to
		// mentor 1
		int code = solve("3 2\n2 1\n10 4\n7 -1\n1 -5\n");
		assertThat(code).isZero();
		assertThat(err.toString()).isEmpty();
		assertThat(out.toString()).matches(
				"\\{\"objective\": 12, \"matched\": 3, \"assignment\": \\[1, 0, 0\\], \"millis\": \\d+\\.\\d{3}\\}\\R");
	}

	@Test
	void toleratesTabsCarriageReturnsAndBlankLines() throws IOException {
		assertThat(solve("\n 2\t1 \r\n\r\n 1\r\n 5\n\n  \t-1  \n\n")).isZero();
		assertThat(out.toString()).startsWith("{\"objective\": 5, \"matched\": 1, \"assignment\": [0, -1], ");
	}

	@Test
	void acceptsNoMentorsAndNoMentees() throws IOException {
		assertThat(solve("2 0\n")).isZero();
		assertThat(out.toString()).startsWith("{\"objective\": 0, \"matched\": 0, \"assignment\": [-1, -1], ");
		out.reset();
		assertThat(solve("0 2\n1 1\n")).isZero();
		assertThat(out.toString()).startsWith("{\"objective\": 0, \"matched\": 0, \"assignment\": [], ");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					''                        | line 1: the first line must be 'M N' (mentees, mentors), found the end of the file
					'2\\n'                     | line 1: the first line must be 'M N' (mentees, mentors), found 1 numbers
					'-1 2\\n'                  | line 1: M and N must not be negative
					'1 2\\n1\\n'                | line 2: expected 2 capacities, found 1 numbers
					'1 2\\n1 -3\\n'             | line 2: capacity of mentor 1 is negative (-3)
					'2 2\\n1 1\\n1 2\\n'         | line 4: expected 2 scores for mentee 1, found the end of the file
					'2 2\\n1 1\\n1 2\\n3 4 5\\n' | line 4: expected 2 scores for mentee 1, found 3 numbers
					'1 2\\n1 1\\n1 2.5\\n'       | line 3: '2.5' is not an integer
					'1 2\\n1 1\\n1 x7\\n'        | line 3: 'x7' is not an integer
					'1 2\\n1 1\\n1 12a\\n'       | line 3: '12a' is not an integer
					'1 2\\n1 1\\n1 99999999999\\n' | line 3: '99999999999' is not an integer
					'1 1\\n1\\n1\\n\\n7\\n'        | line 5: unexpected content after the scores of the last mentee
					""")
	void rejectsAMalformedFileNamingTheLine(String content, String message) throws IOException {
		int code = solve(content.replace("\\n", "\n"));
		assertThat(code).isEqualTo(2);
		assertThat(out.toString()).isEmpty();
		assertThat(err.toString()).endsWith(": " + message + System.lineSeparator());
		assertThat(err.toString().lines()).hasSize(1);
	}

	@Test
	void reportsAMissingFileAndAWrongUsage() {
		int code = SolveCommand.run(new String[] { dir.resolve("nothing.txt").toString() }, print(out), print(err));
		assertThat(code).isEqualTo(2);
		assertThat(err.toString()).contains("nothing.txt: no such file");
		err.reset();
		assertThat(SolveCommand.run(new String[0], print(out), print(err))).isEqualTo(2);
		assertThat(err.toString()).startsWith("usage:");
	}

	private int solve(String content) throws IOException {
		Path file = dir.resolve("instance.txt");
		Files.writeString(file, content);
		return SolveCommand.run(new String[] { file.toString() }, print(out), print(err));
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
