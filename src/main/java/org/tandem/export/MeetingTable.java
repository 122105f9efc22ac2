package org.tandem.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The meetings export, a read model over the meeting module's {@code meeting} table:
 * when, how and whether each meeting took place. Place, agenda and notes are the pair's
 * ({@code *_enc}) and are never selected. One query.
 */
@Component
class MeetingTable implements ExportTable {

	private static final List<String> COLUMNS = List.of("id", "pairingId", "occurredOn", "scheduledAt", "format",
			"status", "durationMinutes");

	private final ExportQueries queries;

	MeetingTable(ExportQueries queries) {
		this.queries = queries;
	}

	@Override
	public ExportKind kind() {
		return ExportKind.MEETINGS;
	}

	@Override
	public List<String> columns() {
		return COLUMNS;
	}

	@Override
	public void rows(Export export, ExportSink sink) {
		this.queries.jdbc()
			.sql("""
					select m.id, m.pairing_id, m.occurred_on, m.scheduled_at, m.format, m.status, m.duration_minutes
					from meeting m
					join pairing p on p.id = m.pairing_id
					where p.program_id = :program
					order by p.started_on, p.id, m.created_at, m.id""")
			.param("program", export.program().id().value())
			.query((rs) -> {
				OffsetDateTime scheduledAt = rs.getObject(4, OffsetDateTime.class);
				sink.row(new Object[] { rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
						(scheduledAt != null) ? scheduledAt.atZoneSameInstant(export.zone()).toOffsetDateTime() : null,
						rs.getString(5), rs.getString(6), rs.getObject(7, Integer.class) });
			});
	}

}
