package org.tandem.export;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where the rows of an export go, one at a time, so that no export is ever held in memory
 * as a whole.
 */
interface ExportSink {

	void begin(List<String> columns);

	/**
	 * One row, its values in the order of the columns: text, numbers, dates or
	 * {@code null}.
	 */
	void row(@Nullable Object[] values);

	/**
	 * Ends the document and flushes it; the stream stays open.
	 */
	void end();

}
