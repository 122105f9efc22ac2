package org.tandem.export;

import java.io.OutputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON array of objects, one per row, the columns as field names: numbers as numbers,
 * dates and times as ISO 8601 strings, a missing value as {@code null}.
 */
final class JsonSink implements ExportSink {

	private final JsonGenerator json;

	private List<String> columns = List.of();

	JsonSink(JsonMapper mapper, OutputStream out) {
		this.json = mapper.createGenerator(out);
	}

	@Override
	public void begin(List<String> columns) {
		this.columns = List.copyOf(columns);
		this.json.writeStartArray();
	}

	@Override
	public void row(@Nullable Object[] values) {
		this.json.writeStartObject();
		for (int i = 0; i < values.length; i++) {
			this.json.writeName(this.columns.get(i));
			Object value = values[i];
			if (value == null) {
				this.json.writeNull();
			}
			else if (value instanceof Number number) {
				this.json.writeNumber(number.longValue());
			}
			else {
				this.json.writeString(Cells.text(value));
			}
		}
		this.json.writeEndObject();
	}

	@Override
	public void end() {
		this.json.writeEndArray();
		this.json.flush();
	}

}
