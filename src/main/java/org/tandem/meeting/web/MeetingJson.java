package org.tandem.meeting.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.meeting.Meeting;
import org.tandem.meeting.MeetingChange;
import org.tandem.meeting.MeetingStatus;
import org.tandem.meeting.NewMeeting;
import org.tandem.program.MeetingFormat;

/**
 * A meeting as the pair reads it, confidential texts included.
 */
record MeetingJson(UUID id, UUID pairingId, @Nullable LocalDate occurredOn, @Nullable Instant scheduledAt,
		@Nullable Integer durationMinutes, MeetingFormat format, MeetingStatus status, @Nullable String place,
		@Nullable String agenda, @Nullable String sharedNotes, UUID createdBy, Instant createdAt, Instant updatedAt) {

	@Override
	public String toString() {
		// keeps the confidential texts out of logs
		return "MeetingJson[id=" + this.id + ", pairingId=" + this.pairingId + ", format=" + this.format + ", status="
				+ this.status + "]";
	}

	static MeetingJson of(Meeting meeting) {
		return new MeetingJson(meeting.id(), meeting.pairingId().value(), meeting.occurredOn(), meeting.scheduledAt(),
				meeting.durationMinutes(), meeting.format(), meeting.status(), meeting.place(), meeting.agenda(),
				meeting.sharedNotes(), meeting.createdBy(), meeting.createdAt(), meeting.updatedAt());
	}

	/**
	 * A meeting as the committee and administrators read it: when and how, never where or
	 * what about. The type has no field for the confidential texts, so none can leak.
	 */
	record Dates(UUID id, @Nullable LocalDate occurredOn, @Nullable Instant scheduledAt, MeetingFormat format,
			MeetingStatus status) {

		static Dates of(Meeting meeting) {
			return new Dates(meeting.id(), meeting.occurredOn(), meeting.scheduledAt(), meeting.format(),
					meeting.status());
		}

	}

	/**
	 * The body of {@code POST /pairings/{id}/meetings}.
	 */
	record Log(@Nullable LocalDate occurredOn, @Nullable Instant scheduledAt, @Nullable String format,
			@Nullable String place, @Nullable String agenda, @Nullable String sharedNotes,
			@Nullable Integer durationMinutes) {

		@Override
		public String toString() {
			// keeps the confidential texts out of logs
			return "MeetingJson.Log[occurredOn=" + this.occurredOn + ", scheduledAt=" + this.scheduledAt + ", format="
					+ this.format + "]";
		}

		NewMeeting toNewMeeting() {
			return new NewMeeting(this.occurredOn, this.scheduledAt, this.format, this.place, this.agenda,
					this.sharedNotes, this.durationMinutes);
		}

	}

	/**
	 * The body of {@code PATCH /pairings/{id}/meetings/{meetingId}}.
	 */
	record Change(@Nullable String status, @Nullable String place, @Nullable String agenda,
			@Nullable String sharedNotes, @Nullable Instant scheduledAt, @Nullable Integer durationMinutes) {

		@Override
		public String toString() {
			// keeps the confidential texts out of logs
			return "MeetingJson.Change[status=" + this.status + ", scheduledAt=" + this.scheduledAt
					+ ", durationMinutes=" + this.durationMinutes + "]";
		}

		MeetingChange toChange() {
			return new MeetingChange(this.status, this.place, this.agenda, this.sharedNotes, this.scheduledAt,
					this.durationMinutes);
		}

	}

}
