package org.tandem.matching.solver;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the solve command's file: {@code M N}, then N capacities, then M rows of N
 * scores, each record on one line. Blank lines and any mix of spaces, tabs and CR are
 * tolerated. A hand-rolled byte parser, because the file of a 4,000 &times; 4,000
 * instance holds 16 million numbers.
 */
final class ProblemReader {

	private static final int EOF = -1;

	private final InputStream in;

	private final byte[] buffer = new byte[1 << 16];

	private int length;

	private int position;

	private int line = 1;

	/** The line of the record read last, for checks made after reading it. */
	private int recordLine;

	private final StringBuilder token = new StringBuilder();

	private ProblemReader(InputStream in) {
		this.in = in;
	}

	/** The parsed instance. */
	record Problem(int[][] scores, int[] capacities) {
	}

	/** A malformed file; the message names the line. */
	static final class MalformedException extends Exception {

		MalformedException(int line, String message) {
			super("line " + line + ": " + message);
		}

	}

	static Problem read(InputStream in) throws IOException, MalformedException {
		return new ProblemReader(in).problem();
	}

	private Problem problem() throws IOException, MalformedException {
		int[] header = new int[2];
		record(header, "the first line must be 'M N' (mentees, mentors)");
		if (header[0] < 0 || header[1] < 0) {
			throw new MalformedException(recordLine, "M and N must not be negative");
		}
		int mentees = header[0];
		int mentors = header[1];
		int[] capacities = new int[mentors];
		record(capacities, "expected " + mentors + " capacities");
		for (int j = 0; j < mentors; j++) {
			if (capacities[j] < 0) {
				throw new MalformedException(recordLine,
						"capacity of mentor " + j + " is negative (" + capacities[j] + ")");
			}
		}
		int[][] scores = new int[mentees][];
		for (int i = 0; i < mentees; i++) {
			scores[i] = new int[mentors];
			record(scores[i], "expected " + mentors + " scores for mentee " + i);
		}
		int c = skipBlank();
		if (c != EOF) {
			throw new MalformedException(line, "unexpected content after the scores of the last mentee");
		}
		return new Problem(scores, capacities);
	}

	/** Reads one non-blank line of exactly {@code target.length} integers. */
	private void record(int[] target, String expected) throws IOException, MalformedException {
		if (target.length == 0) {
			return;
		}
		int c = skipBlank();
		if (c == EOF) {
			throw new MalformedException(line, expected + ", found the end of the file");
		}
		recordLine = line;
		int count = 0;
		while (true) {
			c = skipSpaces(c);
			if (c == '\n' || c == EOF) {
				break;
			}
			c = number(target, count++, c);
		}
		if (count != target.length) {
			throw new MalformedException(line, expected + ", found " + count + " numbers");
		}
		if (c == '\n') {
			line++;
		}
	}

	/** Parses the token starting with {@code c}; returns the character after it. */
	private int number(int[] target, int index, int c) throws IOException, MalformedException {
		boolean negative = c == '-';
		token.setLength(0);
		if (c == '-' || c == '+') {
			token.append((char) c);
			c = next();
		}
		long value = 0;
		int digits = 0;
		while (c >= '0' && c <= '9' && digits <= 10) {
			value = value * 10 + (c - '0');
			token.append((char) c);
			digits++;
			c = next();
		}
		boolean end = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == EOF;
		value = negative ? -value : value;
		if (digits == 0 || !end || value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
			throw new MalformedException(line, "'" + rest(c) + "' is not an integer");
		}
		if (index < target.length) {
			target[index] = (int) value;
		}
		return c;
	}

	/** The bad token for the message: what was read of it so far and the rest. */
	private String rest(int c) throws IOException {
		while (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != EOF && token.length() < 40) {
			token.append((char) c);
			c = next();
		}
		return token.toString();
	}

	private int skipSpaces(int c) throws IOException {
		while (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
			c = next();
		}
		return c;
	}

	/** Skips whitespace including blank lines; returns the first other character. */
	private int skipBlank() throws IOException {
		int c = next();
		while (true) {
			c = skipSpaces(c);
			if (c != '\n') {
				return c;
			}
			line++;
			c = next();
		}
	}

	private int next() throws IOException {
		if (position == length) {
			length = in.read(buffer, 0, buffer.length);
			position = 0;
			if (length <= 0) {
				length = 0;
				return EOF;
			}
		}
		return buffer[position++] & 0xFF;
	}

}
