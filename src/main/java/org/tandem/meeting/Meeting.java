package org.tandem.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;
import org.tandem.program.MeetingFormat;

/**
 * A meeting or contact of a pair. A contact that happened is {@code HELD} from the start
 * and has {@code occurredOn}; a meeting planned ahead has {@code scheduledAt} and gets
 * {@code occurredOn} when it is marked held. Place, agenda and shared notes are
 * confidential to the pair; they are {@code null} when read for anyone else.
 */
public record Meeting(UUID id, PairingId pairingId, @Nullable Instant scheduledAt, @Nullable Integer durationMinutes,
		@Nullable LocalDate occurredOn, MeetingFormat format, MeetingStatus status, @Nullable String place,
		@Nullable String agenda, @Nullable String sharedNotes, UUID createdBy, Instant createdAt, Instant updatedAt) {

	@Override
	public String toString() {
		// keeps the confidential texts out of logs
		return "Meeting[id=" + this.id + ", pairingId=" + this.pairingId + ", scheduledAt=" + this.scheduledAt
				+ ", occurredOn=" + this.occurredOn + ", format=" + this.format + ", status=" + this.status + "]";
	}

	/**
	 * The day the meeting happened or is planned for, for a scheduled meeting the day in
	 * {@code zone}. The cadence counts a meeting on its day in Tandem's zone (the zone of
	 * the clock, {@code TANDEM_TIME_ZONE}), the same for both of the pair wherever they
	 * are; a page names the day in the viewer's zone.
	 */
	public LocalDate day(ZoneId zone) {
		if (this.occurredOn != null) {
			return this.occurredOn;
		}
		return LocalDate.ofInstant(this.scheduledAt, zone);
	}

	public boolean scheduled() {
		return this.status == MeetingStatus.SCHEDULED;
	}

	Meeting withStatus(MeetingStatus status, @Nullable LocalDate occurredOn, Instant now) {
		return new Meeting(this.id, this.pairingId, this.scheduledAt, this.durationMinutes, occurredOn, this.format,
				status, this.place, this.agenda, this.sharedNotes, this.createdBy, this.createdAt, now);
	}

	Meeting withSchedule(Instant scheduledAt, @Nullable Integer durationMinutes, Instant now) {
		return new Meeting(this.id, this.pairingId, scheduledAt, durationMinutes, this.occurredOn, this.format,
				this.status, this.place, this.agenda, this.sharedNotes, this.createdBy, this.createdAt, now);
	}

	Meeting withTexts(@Nullable String place, @Nullable String agenda, @Nullable String sharedNotes, Instant now) {
		return new Meeting(this.id, this.pairingId, this.scheduledAt, this.durationMinutes, this.occurredOn,
				this.format, this.status, place, agenda, sharedNotes, this.createdBy, this.createdAt, now);
	}

}
