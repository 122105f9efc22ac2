package org.tandem.meeting;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.tandem.pairing.PairingId;
import org.tandem.pairing.UpcomingMeetings;
import org.tandem.program.MeetingFormat;
import org.tandem.shared.database.PipelinedReads;

import org.springframework.stereotype.Component;

/**
 * Tells "My pairings" when each pair meets next: one query for a page of pairings, on the
 * partial index of scheduled meetings. Reads no confidential column.
 */
@Component
class UpcomingMeetingsAdapter implements UpcomingMeetings {

	private final PipelinedReads reads;

	UpcomingMeetingsAdapter(PipelinedReads reads) {
		this.reads = reads;
	}

	@Override
	public Supplier<Map<PairingId, UpcomingMeeting>> nextOf(Collection<PairingId> pairings, Instant from) {
		if (pairings.isEmpty()) {
			return HashMap::new;
		}
		return this.reads.query("""
				select distinct on (pairing_id) pairing_id, scheduled_at, duration_minutes, format from meeting
				where pairing_id in (:ids) and status = 'SCHEDULED' and scheduled_at >= :from
				order by pairing_id, scheduled_at, id
				""", Map.of("ids", pairings.stream().map(PairingId::value).distinct().toList(), "from",
				Timestamp.from(from)), (rs) -> {
					Map<PairingId, UpcomingMeeting> next = new HashMap<>();
					while (rs.next()) {
						int duration = rs.getInt("duration_minutes");
						Integer minutes = rs.wasNull() ? null : duration;
						next.put(new PairingId(rs.getObject("pairing_id", UUID.class)),
								new UpcomingMeeting(rs.getTimestamp("scheduled_at").toInstant(), minutes,
										MeetingFormat.valueOf(rs.getString("format"))));
					}
					return next;
				});
	}

}
