package org.tandem.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Time zones as people choose them and times as they read and type them: IANA zone ids
 * only ({@code Europe/Berlin}, {@code UTC}), never offsets such as {@code +02:00}, and a
 * time always shown with the id of its zone, so that nobody mistakes whose clock it is.
 */
public final class TimeZones {

	/** {@code 2027-01-14 14:00}; the zone's id follows. */
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH);

	/**
	 * The shape of a tz database name. Other zone rule providers (ical4j registers one)
	 * add ids of their own, which this and the prefixes below keep out.
	 */
	private static final Pattern IANA = Pattern.compile("[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*");

	private TimeZones() {
	}

	/**
	 * Whether {@code id} is an IANA time zone id that Java knows.
	 */
	public static boolean known(@Nullable String id) {
		return id != null && IANA.matcher(id).matches() && !id.startsWith("ical4j") && !id.startsWith("SystemV/")
				&& ZoneId.getAvailableZoneIds().contains(id);
	}

	/**
	 * The zone of an IANA id, or empty for anything else (an offset, an unknown or blank
	 * id).
	 */
	public static Optional<ZoneId> parse(@Nullable String id) {
		return known(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
	}

	/**
	 * The zones a person picks from, sorted: the regions of the world and {@code UTC}.
	 * Other known ids (such as {@code Etc/GMT+5}) are accepted but not offered.
	 */
	public static List<String> choices() {
		List<String> ids = new ArrayList<>();
		for (String id : ZoneId.getAvailableZoneIds()) {
			if (known(id) && id.contains("/") && !id.startsWith("Etc/")) {
				ids.add(id);
			}
		}
		ids.add("UTC");
		ids.sort(null);
		return List.copyOf(ids);
	}

	/**
	 * An instant as a date and time on the zone's clock, followed by the zone's id:
	 * {@code 2027-01-14 14:00 America/New_York}.
	 */
	public static String dateTime(Instant instant, ZoneId zone) {
		return DATE_TIME.format(instant.atZone(zone)) + " " + zone.getId();
	}

	/**
	 * An instant in any pattern on the zone's clock, followed by the zone's id.
	 */
	public static String format(Instant instant, ZoneId zone, DateTimeFormatter pattern) {
		return pattern.format(instant.atZone(zone)) + " " + zone.getId();
	}

	/**
	 * The day an instant falls on in the zone.
	 */
	public static LocalDate date(Instant instant, ZoneId zone) {
		return LocalDate.ofInstant(instant, zone);
	}

	/**
	 * The instant a time typed on the zone's clock names. A time the clocks skip (when
	 * they move forward) names no instant: empty, so that the person is asked again
	 * rather than given a time they did not type. A time the clocks pass twice (when they
	 * move back) is the earlier of the two.
	 */
	public static Optional<Instant> instant(LocalDateTime time, ZoneId zone) {
		if (zone.getRules().getValidOffsets(time).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(time.atZone(zone).toInstant());
	}

	/**
	 * What a form says about a time the clocks skip.
	 */
	public static String skipped(ZoneId zone) {
		return "does not exist in " + zone.getId() + ": the clocks skip that hour; choose another time";
	}

}
