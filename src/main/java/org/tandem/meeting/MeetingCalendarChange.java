package org.tandem.meeting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.PairingId;
import org.tandem.program.MeetingFormat;

/**
 * A change to a planned meeting that the pair's calendars should hear about. It carries
 * when and how the pair meets, never where or what about.
 */
public sealed interface MeetingCalendarChange permits MeetingScheduled, MeetingRescheduled, MeetingCancelled {

	UUID meetingId();

	PairingId pairingId();

	/** The member of the pair who made the change. */
	UUID changedBy();

	Instant startsAt();

	/** {@code null} when the pair gave no duration. */
	@Nullable Integer durationMinutes();

	MeetingFormat format();

	/**
	 * The iCalendar SEQUENCE of this version: 0 when scheduled, higher with each change.
	 */
	int sequence();

}
