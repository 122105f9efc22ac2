package org.tandem.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.jspecify.annotations.Nullable;
import org.tandem.meeting.MeetingStatus;
import org.tandem.meeting.MeetingTime;
import org.tandem.person.Person;

import org.springframework.stereotype.Component;

/**
 * A person's feed as iCalendar ({@code METHOD:PUBLISH}): one event per meeting with the
 * same UID as its invitations, timed for a meeting planned ahead and all-day for a
 * contact logged afterwards. Cancelled meetings stay in with {@code STATUS:CANCELLED}, so
 * that a calendar that had them removes them. Times are on the feed owner's clock (TZID
 * and VTIMEZONE of their zone). No place, agenda or notes.
 */
@Component
public class FeedWriter {

	private final Clock clock;

	FeedWriter(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The feed of {@code meetings}, naming their people from {@code people} (by id), with
	 * times in {@code zone}, the feed owner's.
	 */
	public String write(Collection<MeetingTime> meetings, Map<UUID, Person> people, ZoneId zone) {
		Calendar calendar = Ics.calendar(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", "Tandem meetings"));
		boolean zoned = Ics.addTimeZone(calendar, zone);
		if (zoned) {
			calendar.add(new XProperty("X-WR-TIMEZONE", zone.getId()));
		}
		Instant now = this.clock.instant();
		for (MeetingTime meeting : meetings) {
			calendar.add(event(meeting, people, now, zone, zoned));
		}
		if (meetings.isEmpty() && !zoned) {
			// RFC 5545 wants at least one component; an unused time zone is the harmless
			// one
			calendar.add(utc());
		}
		return Ics.write(calendar);
	}

	private static VEvent event(MeetingTime meeting, Map<UUID, Person> people, Instant now, ZoneId zone,
			boolean zoned) {
		VEvent event = Ics.event();
		event.add(new Uid(Ics.uid(meeting.id())));
		event.add(new DtStamp(now));
		Instant startsAt = meeting.scheduledAt();
		LocalDate day = meeting.occurredOn();
		if (startsAt != null) {
			event.add(Ics.start(startsAt, zone, zoned));
			event.add(Ics.end(Ics.end(startsAt, meeting.durationMinutes()), zone, zoned));
		}
		else if (day != null) {
			event.add(new DtStart<>(day));
			event.add(new DtEnd<>(day.plusDays(1)));
		}
		event.add(new Sequence(meeting.sequence()));
		event.add(new LastModified(meeting.updatedAt()));
		event.add(new Summary(summary(meeting, people)));
		// iTIP's PUBLISH wants an organizer: the member of the pair who entered the
		// meeting
		Person organizer = people.get(meeting.createdBy());
		if (organizer != null) {
			event.add(new Organizer(Ics.mailto(organizer.email())).add(Ics.name(organizer.name())));
		}
		event.add(new Description(
				meeting.format().label() + ", " + meeting.status().label().toLowerCase(java.util.Locale.ENGLISH)));
		event.add((meeting.status() == MeetingStatus.CANCELLED) ? ImmutableStatus.VEVENT_CANCELLED
				: ImmutableStatus.VEVENT_CONFIRMED);
		return event;
	}

	private static VTimeZone utc() {
		Standard standard = new Standard();
		standard.add(new DtStart<>(LocalDateTime.of(1970, 1, 1, 0, 0)));
		standard.add(new TzOffsetFrom(ZoneOffset.UTC));
		standard.add(new TzOffsetTo(ZoneOffset.UTC));
		standard.add(new TzName("UTC"));
		VTimeZone zone = new VTimeZone();
		zone.add(new TzId("UTC"));
		zone.add(standard);
		return zone;
	}

	private static String summary(MeetingTime meeting, Map<UUID, Person> people) {
		String kind = (meeting.scheduledAt() != null) ? "Mentoring meeting" : "Mentoring contact";
		String missed = (meeting.status() == MeetingStatus.MISSED) ? " (missed)" : "";
		return kind + ": " + name(people.get(meeting.mentorId())) + " & " + name(people.get(meeting.menteeId()))
				+ missed;
	}

	private static String name(@Nullable Person person) {
		return (person != null) ? person.name() : "(unknown)";
	}

}
