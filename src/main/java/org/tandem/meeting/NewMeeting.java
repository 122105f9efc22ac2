package org.tandem.meeting;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A meeting as the pair enters it: either a contact that happened ({@code occurredOn}) or
 * one planned ahead ({@code scheduledAt}). The format is a name of
 * {@link org.tandem.program.MeetingFormat}; the server decides the rest.
 */
public record NewMeeting(@Nullable LocalDate occurredOn, @Nullable Instant scheduledAt, @Nullable String format,
		@Nullable String place, @Nullable String agenda, @Nullable String sharedNotes,
		@Nullable Integer durationMinutes) {

	@Override
	public String toString() {
		// keeps the confidential texts out of logs
		return "NewMeeting[occurredOn=" + this.occurredOn + ", scheduledAt=" + this.scheduledAt + ", format="
				+ this.format + "]";
	}

}
