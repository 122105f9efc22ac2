package org.tandem.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Optional;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * What every calendar Tandem writes shares: the product id, the UID of a meeting, times
 * in the reader's zone and the output, validated against RFC 5545 by ical4j before it
 * leaves.
 */
final class Ics {

	static final String PRODUCT = "-//Tandem//Tandem mentoring//EN";

	/** The length of a meeting the pair gave no duration for. */
	static final Duration DEFAULT_DURATION = Duration.ofHours(1);

	/**
	 * ical4j's bundled zone definitions; {@code ical4j.properties} keeps it offline.
	 * Guarded by itself: the registry loads definitions lazily.
	 */
	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private Ics() {
	}

	/**
	 * The zone's VTIMEZONE, or empty for UTC (and any zone always at UTC), whose times
	 * are written in UTC form ({@code 20270114T190000Z}), and for a zone ical4j has no
	 * definition of, whose times are written in UTC form too rather than wrongly.
	 */
	static Optional<VTimeZone> timeZone(ZoneId zone) {
		if (utc(zone)) {
			return Optional.empty();
		}
		synchronized (ZONES) {
			TimeZone definition = ZONES.getTimeZone(zone.getId());
			return Optional.ofNullable(definition).map((found) -> found.getVTimeZone().copy());
		}
	}

	private static boolean utc(ZoneId zone) {
		return zone.getRules().isFixedOffset() && zone.getRules().getOffset(Instant.EPOCH).equals(ZoneOffset.UTC);
	}

	/**
	 * Adds the zone's VTIMEZONE to the calendar, if its times need one (see
	 * {@link #timeZone}).
	 * @return whether times are to be written in the zone ({@link #start}, {@link #end})
	 */
	static boolean addTimeZone(Calendar calendar, ZoneId zone) {
		Optional<VTimeZone> definition = timeZone(zone);
		definition.ifPresent(calendar::add);
		return definition.isPresent();
	}

	/**
	 * DTSTART of a timed event: on the zone's clock with its TZID when {@code zoned},
	 * else in UTC form.
	 */
	static DtStart<? extends Temporal> start(Instant start, ZoneId zone, boolean zoned) {
		return zoned ? new DtStart<>(start.atZone(zone)) : new DtStart<>(start);
	}

	/**
	 * DTEND of a timed event, like {@link #start}.
	 */
	static DtEnd<? extends Temporal> end(Instant end, ZoneId zone, boolean zoned) {
		return zoned ? new DtEnd<>(end.atZone(zone)) : new DtEnd<>(end);
	}

	/**
	 * The UID of a meeting, the same in every invitation, cancellation and feed.
	 */
	static String uid(UUID meetingId) {
		return meetingId + "@tandem";
	}

	static Instant end(Instant start, @Nullable Integer durationMinutes) {
		return start.plus((durationMinutes != null) ? Duration.ofMinutes(durationMinutes) : DEFAULT_DURATION);
	}

	static Calendar calendar(Method method) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(method);
		return calendar;
	}

	static String write(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter(true).output(calendar, out);
		}
		catch (IOException | ValidationException ex) {
			throw new IllegalStateException("Tandem wrote an invalid calendar", ex);
		}
		return out.toString();
	}

	static URI mailto(String email) {
		try {
			return new URI("mailto", email, null);
		}
		catch (URISyntaxException ex) {
			throw new IllegalArgumentException("not an email address", ex);
		}
	}

	static Cn name(String name) {
		// a name is one line already; the library escapes commas, semicolons and quotes
		return new Cn(name.replaceAll("\\p{Cntrl}+", " ").strip());
	}

	static VEvent event() {
		return new VEvent(false);
	}

}
