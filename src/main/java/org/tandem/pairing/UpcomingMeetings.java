package org.tandem.pairing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.tandem.program.MeetingFormat;
import org.tandem.shared.TimeZones;

/**
 * The next scheduled meeting of each pairing, for "My pairings". Implemented by the
 * meeting feature, so that pairings do not depend on meetings (meetings depend on
 * pairings).
 */
public interface UpcomingMeetings {

	/**
	 * The earliest meeting still scheduled at or after {@code from} of each pairing that
	 * has one; pairings without are left out. Checks no access: callers show it to the
	 * pair only. Read with the page's other reads when first asked for.
	 */
	Supplier<Map<PairingId, UpcomingMeeting>> nextOf(Collection<PairingId> pairings, Instant from);

	/**
	 * When and how the pair meets next: never the place or the agenda.
	 */
	record UpcomingMeeting(Instant scheduledAt, @Nullable Integer durationMinutes, MeetingFormat format) {

		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm",
				Locale.ENGLISH);

		/**
		 * When and how, in words on the zone's clock: {@code Tue 9 Feb 2027, 14:00
		 * Europe/Berlin, 45 min · Walking}.
		 */
		public String text(ZoneId zone) {
			String length = (this.durationMinutes != null) ? ", " + this.durationMinutes + " min" : "";
			return TimeZones.format(this.scheduledAt, zone, WHEN) + length + " · " + this.format.label();
		}

	}

}
