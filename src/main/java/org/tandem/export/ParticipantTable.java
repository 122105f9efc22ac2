package org.tandem.export;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The participants export, a read model over the program module's {@code participant} and
 * the person module's {@code person} tables: who takes part in which role, never a
 * profile's words (goals, interests, introductions). One query.
 */
@Component
class ParticipantTable implements ExportTable {

	private static final List<String> COLUMNS = List.of("personId", "name", "email", "department", "role", "status",
			"capacity", "enrolledOn");

	private final ExportQueries queries;

	ParticipantTable(ExportQueries queries) {
		this.queries = queries;
	}

	@Override
	public ExportKind kind() {
		return ExportKind.PARTICIPANTS;
	}

	@Override
	public List<String> columns() {
		return COLUMNS;
	}

	@Override
	public void rows(Export export, ExportSink sink) {
		this.queries.jdbc()
			.sql("""
					select pa.person_id, pe.name, pe.email, pe.department, pa.role, pa.status, pa.capacity, pa.created_at
					from participant pa
					join person pe on pe.id = pa.person_id
					where pa.program_id = :program
					order by pa.role, lower(pe.name), pa.id""")
			.param("program", export.program().id().value())
			.query((rs) -> {
				sink.row(new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getString(5), rs.getString(6), rs.getInt(7),
						rs.getObject(8, OffsetDateTime.class).atZoneSameInstant(export.zone()).toLocalDate() });
			});
	}

}
