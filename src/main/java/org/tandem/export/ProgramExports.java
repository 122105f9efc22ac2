package org.tandem.export;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.tandem.person.People;
import org.tandem.person.PersonId;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.kernel.ForbiddenException;
import org.tandem.shared.kernel.NotFoundException;
import org.tandem.shared.security.TandemPrincipal;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's exports for its committee and administrators: metadata only, streamed row
 * by row to the caller's output, in a fixed number of queries whatever the program's
 * size.
 */
@Service
public class ProgramExports {

	private final Programs programs;

	private final People people;

	private final Map<ExportKind, ExportTable> tables = new EnumMap<>(ExportKind.class);

	private final JsonMapper json;

	private final Clock clock;

	ProgramExports(Programs programs, People people, List<ExportTable> tables, JsonMapper json, Clock clock) {
		this.programs = programs;
		this.people = people;
		tables.forEach((table) -> this.tables.put(table.kind(), table));
		this.json = json;
		this.clock = clock;
	}

	/**
	 * The export the caller asks for, before anything is written: the place to decide the
	 * response's headers.
	 * @throws NotFoundException if the program does not exist or the caller may not see
	 * it
	 * @throws ForbiddenException if they see it but are neither its committee nor an
	 * administrator
	 */
	public Export prepare(ProgramId id, TandemPrincipal me, ExportKind kind, ExportFormat format, boolean bom) {
		Program program = this.programs.managedBy(id, me);
		ZoneId zone = this.people.zoneOf(new PersonId(me.personId()));
		return new Export(program, kind, format, bom && format == ExportFormat.CSV, zone,
				LocalDate.now(this.clock.withZone(zone)));
	}

	/**
	 * Writes the export to {@code out} as its rows are read, in one read-only
	 * transaction; {@code out} is flushed, not closed.
	 */
	@Transactional(readOnly = true)
	public void write(Export export, OutputStream out) {
		ExportTable table = this.tables.get(export.kind());
		ExportSink sink = (export.format() == ExportFormat.CSV) ? new CsvSink(out, export.bom())
				: new JsonSink(this.json, out);
		sink.begin(table.columns());
		table.rows(export, sink);
		sink.end();
	}

}
