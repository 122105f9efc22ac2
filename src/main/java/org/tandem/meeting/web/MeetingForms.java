package org.tandem.meeting.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.tandem.program.MeetingFormat;
import org.tandem.shared.TimeZones;
import org.tandem.shared.web.FormErrors;

/**
 * What the meeting page's forms share: times are typed and shown in the viewer's zone, to
 * the minute.
 */
final class MeetingForms {

	private MeetingForms() {
	}

	/**
	 * The instant a time typed in {@code zone} names; {@code null} for none, and for a
	 * time the clocks skip (see {@link #checkTime}, which reports it).
	 */
	static @Nullable Instant instant(@Nullable LocalDateTime time, ZoneId zone) {
		return (time != null) ? TimeZones.instant(time, zone).orElse(null) : null;
	}

	/**
	 * The errors with one more for {@code scheduledAt} when it is a time the clocks of
	 * {@code zone} skip: it names no instant, so the person chooses again instead of
	 * being given an hour they did not type.
	 */
	static FormErrors checkTime(FormErrors errors, @Nullable LocalDateTime time, ZoneId zone) {
		if (time != null && TimeZones.instant(time, zone).isEmpty()) {
			return errors.with("scheduledAt", TimeZones.skipped(zone));
		}
		return errors;
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
