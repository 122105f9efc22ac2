package org.tandem.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV through Commons CSV: UTF-8, a header row, CRLF after every record, a cell
 * quoted when it holds a comma, a quote or a line break (quotes doubled), every cell made
 * inert for spreadsheets ({@link Cells#inert}); optionally a byte order mark first, which
 * Excel needs to read UTF-8.
 */
final class CsvSink implements ExportSink {

	static final char BOM = '\uFEFF';

	private final Writer writer;

	private final CSVPrinter printer;

	CsvSink(OutputStream out, boolean bom) {
		this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		try {
			if (bom) {
				this.writer.write(BOM);
			}
			this.printer = new CSVPrinter(this.writer, CSVFormat.RFC4180);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void begin(List<String> columns) {
		print(columns.toArray());
	}

	@Override
	public void row(@Nullable Object[] values) {
		print(values);
	}

	@Override
	public void end() {
		try {
			this.printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void print(@Nullable Object[] values) {
		try {
			for (Object value : values) {
				this.printer.print(Cells.inert(Cells.text(value)));
			}
			this.printer.println();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
