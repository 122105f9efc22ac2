package org.tandem.meeting;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.tandem.pairing.PairingId;
import org.tandem.pairing.UpcomingMeetings;
import org.tandem.program.MeetingFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells "My pairings" when each pair meets next: one query for a page of pairings, on the
 * partial index of scheduled meetings. Reads no confidential column.
 */
@Component
class UpcomingMeetingsAdapter implements UpcomingMeetings {

	private final JdbcClient jdbc;

	UpcomingMeetingsAdapter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<PairingId, UpcomingMeeting> nextOf(Collection<PairingId> pairings, Instant from) {
		Map<PairingId, UpcomingMeeting> next = new HashMap<>();
		if (pairings.isEmpty()) {
			return next;
		}
		this.jdbc.sql("""
				select distinct on (pairing_id) pairing_id, scheduled_at, duration_minutes, format from meeting
				where pairing_id in (:ids) and status = 'SCHEDULED' and scheduled_at >= :from
				order by pairing_id, scheduled_at, id
				""")
			.param("ids", pairings.stream().map(PairingId::value).distinct().toList())
			.param("from", Timestamp.from(from))
			.query((ResultSet rs) -> {
				int duration = rs.getInt("duration_minutes");
				Integer minutes = rs.wasNull() ? null : duration;
				next.put(new PairingId(rs.getObject("pairing_id", UUID.class)),
						new UpcomingMeeting(rs.getTimestamp("scheduled_at").toInstant(), minutes,
								MeetingFormat.valueOf(rs.getString("format"))));
			});
		return next;
	}

}
