package org.tandem.meeting.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.tandem.meeting.Meeting;
import org.tandem.program.MeetingFormat;

/**
 * What the meeting page's forms share: times are typed and shown in UTC, to the minute.
 */
final class MeetingForms {

	private MeetingForms() {
	}

	static @Nullable Instant instant(@Nullable LocalDateTime time) {
		return (time != null) ? time.atZone(Meeting.ZONE).toInstant() : null;
	}

	/**
	 * A time as a date-and-time field takes it.
	 */
	static String value(@Nullable LocalDateTime time) {
		return (time != null) ? time.truncatedTo(ChronoUnit.MINUTES).toString() : "";
	}

	static @Nullable String name(@Nullable MeetingFormat format) {
		return (format != null) ? format.name() : null;
	}

}
