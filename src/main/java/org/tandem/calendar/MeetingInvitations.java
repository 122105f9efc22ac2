package org.tandem.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import org.tandem.meeting.MeetingCalendarChange;
import org.tandem.meeting.MeetingCancelled;
import org.tandem.person.Person;
import org.tandem.shared.TandemProperties;

import org.springframework.stereotype.Component;

/**
 * The iCalendar invitation (or cancellation) a pair receives when one of them schedules,
 * moves or cancels a meeting: one event with the meeting's stable UID and the change's
 * SEQUENCE, the pair as organizer and attendees. It says when and how they meet, and
 * links to the meeting page; the place, agenda and notes stay in Tandem, since the
 * attachment is stored unencrypted in the outbox and travels through mail servers. Each
 * recipient's copy states the time in their own zone (TZID and VTIMEZONE), the same
 * instant for both.
 */
@Component
public class MeetingInvitations {

	private final Clock clock;

	private final String baseUrl;

	MeetingInvitations(Clock clock, TandemProperties properties) {
		this.clock = clock;
		this.baseUrl = properties.baseUrl();
	}

	/**
	 * The attachment for this change of a meeting of the mentor and mentee, for a
	 * recipient who reads times in {@code zone}.
	 * @param organizer the member of the pair who made the change
	 */
	public CalendarAttachment of(MeetingCalendarChange change, Person mentor, Person mentee, Person organizer,
			ZoneId zone) {
		boolean cancelled = change instanceof MeetingCancelled;
		Calendar calendar = Ics.calendar(cancelled ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
		boolean zoned = Ics.addTimeZone(calendar, zone);
		Instant start = change.startsAt();
		String link = this.baseUrl + "/pairings/" + change.pairingId().value() + "/meetings";
		VEvent event = Ics.event();
		event.add(new Uid(Ics.uid(change.meetingId())));
		event.add(new DtStamp(this.clock.instant()));
		event.add(Ics.start(start, zone, zoned));
		event.add(Ics.end(Ics.end(start, change.durationMinutes()), zone, zoned));
		event.add(new Sequence(change.sequence()));
		event.add(new Summary(summary(mentor, mentee)));
		event.add(new Description(change.format().label() + " meeting of your mentoring pair in Tandem: " + link));
		event.add(new Url(java.net.URI.create(link)));
		event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
		event.add(new Organizer(Ics.mailto(organizer.email())).add(Ics.name(organizer.name())));
		event.add(attendee(mentor));
		event.add(attendee(mentee));
		calendar.add(event);
		return new CalendarAttachment(Ics.write(calendar), cancelled ? "CANCEL" : "REQUEST");
	}

	static String summary(Person mentor, Person mentee) {
		return "Mentoring meeting: " + mentor.name() + " & " + mentee.name();
	}

	private static Attendee attendee(Person person) {
		return new Attendee(Ics.mailto(person.email())).<Attendee>add(Ics.name(person.name()))
			.<Attendee>add(Role.REQ_PARTICIPANT)
			.add(PartStat.NEEDS_ACTION);
	}

}
