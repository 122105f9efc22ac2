package org.tandem.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * What every calendar Tandem writes shares: the product id, the UID of a meeting and the
 * output, validated against RFC 5545 by ical4j before it leaves.
 */
final class Ics {

	static final String PRODUCT = "-//Tandem//Tandem mentoring//EN";

	/** The length of a meeting the pair gave no duration for. */
	static final Duration DEFAULT_DURATION = Duration.ofHours(1);

	private Ics() {
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
