package org.tandem.meeting;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A change the pair makes to a meeting. A {@code null} field stays as it is; a blank text
 * clears it. A new {@code scheduledAt} or {@code durationMinutes} moves a scheduled
 * meeting (and sends the pair an updated invitation).
 */
public record MeetingChange(@Nullable String status, @Nullable String place, @Nullable String agenda,
		@Nullable String sharedNotes, @Nullable Instant scheduledAt, @Nullable Integer durationMinutes) {

	@Override
	public String toString() {
		// keeps the confidential texts out of logs
		return "MeetingChange[status=" + this.status + ", scheduledAt=" + this.scheduledAt + ", durationMinutes="
				+ this.durationMinutes + "]";
	}

	public MeetingChange(@Nullable String status, @Nullable String place, @Nullable String agenda,
			@Nullable String sharedNotes) {
		this(status, place, agenda, sharedNotes, null, null);
	}

	boolean reschedules() {
		return this.scheduledAt != null || this.durationMinutes != null;
	}

}
