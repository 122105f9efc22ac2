package org.tandem.export;

import java.util.List;

/**
 * One kind of export: its columns and the single query that streams its rows.
 */
interface ExportTable {

	ExportKind kind();

	/**
	 * The field names, camelCase, in the order of the values of each row.
	 */
	List<String> columns();

	/**
	 * Sends every row of the export's program to the sink, in a fixed number of queries
	 * whatever the number of rows.
	 */
	void rows(Export export, ExportSink sink);

}
