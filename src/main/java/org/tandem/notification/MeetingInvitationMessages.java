package org.tandem.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tandem.calendar.CalendarAttachment;
import org.tandem.calendar.MeetingInvitations;
import org.tandem.meeting.MeetingCalendarChange;
import org.tandem.meeting.MeetingCancelled;
import org.tandem.meeting.MeetingRescheduled;
import org.tandem.meeting.MeetingScheduled;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.shared.TandemProperties;
import org.tandem.shared.TimeZones;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends both members of a pair the calendar invitation when one of them schedules or
 * moves a meeting, and the cancellation when one cancels it. Invitations are
 * time-sensitive, so they go out at once even to a person who chose the weekly digest;
 * only a person who chose no email at all (or is disabled) gets none. The outbox key
 * holds the change's sequence: a redelivered event sends nothing twice, each change sends
 * once. The email names the time and format, never the place, agenda or notes; the time
 * in the recipient's zone, in the text and in the attached invitation.
 */
@Component
class MeetingInvitationMessages {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
			Locale.ENGLISH);

	private final Pairings pairings;

	private final People people;

	private final MeetingInvitations invitations;

	private final Outbox outbox;

	private final EmailPreferences preferences;

	private final String baseUrl;

	MeetingInvitationMessages(Pairings pairings, People people, MeetingInvitations invitations, Outbox outbox,
			EmailPreferences preferences, TandemProperties properties) {
		this.pairings = pairings;
		this.people = people;
		this.invitations = invitations;
		this.outbox = outbox;
		this.preferences = preferences;
		this.baseUrl = properties.baseUrl();
	}

	@ApplicationModuleListener
	void on(MeetingScheduled event) {
		send(event);
	}

	@ApplicationModuleListener
	void on(MeetingRescheduled event) {
		send(event);
	}

	@ApplicationModuleListener
	void on(MeetingCancelled event) {
		send(event);
	}

	private void send(MeetingCalendarChange change) {
		Pairing pairing = this.pairings.find(change.pairingId()).orElse(null);
		if (pairing == null) {
			return;
		}
		Map<UUID, Person> byId = this.people.findAll(List.of(pairing.mentorId(), pairing.menteeId()))
			.stream()
			.collect(Collectors.toMap((person) -> person.id().value(), Function.identity()));
		Person mentor = byId.get(pairing.mentorId());
		Person mentee = byId.get(pairing.menteeId());
		if (mentor == null || mentee == null) {
			// nothing to send for a pairing whose people are gone
			return;
		}
		Person changedBy = change.changedBy().equals(mentee.id().value()) ? mentee : mentor;
		for (Person person : List.of(mentor, mentee)) {
			if (person.disabled() || this.preferences.frequencyOf(person.id().value()) == EmailFrequency.NEVER
					|| !this.outbox.canSendTo(person)) {
				continue;
			}
			Person partner = (person == mentor) ? mentee : mentor;
			ZoneId zone = this.people.zoneOf(person);
			CalendarAttachment attachment = this.invitations.of(change, mentor, mentee, changedBy, zone);
			this.outbox.enqueue(OutgoingMessage
				.text(key(change, person), person.email(), Messenger.oneLine(subject(change, partner, zone)),
						body(change, person, partner, changedBy, zone))
				.withCalendar(attachment.ics(), attachment.method()));
		}
	}

	static String key(MeetingCalendarChange change, Person person) {
		return "meeting-calendar:" + change.meetingId() + ":" + change.sequence() + ":" + person.id().value();
	}

	private static String subject(MeetingCalendarChange change, Person partner, ZoneId zone) {
		String when = when(change.startsAt(), zone);
		if (change instanceof MeetingCancelled) {
			return "Cancelled: mentoring meeting with " + partner.name() + " on " + when;
		}
		if (change instanceof MeetingRescheduled) {
			return "Moved: mentoring meeting with " + partner.name() + ", now " + when;
		}
		return "Mentoring meeting with " + partner.name() + " on " + when;
	}

	private String body(MeetingCalendarChange change, Person person, Person partner, Person changedBy, ZoneId zone) {
		String who = (changedBy == person) ? "You" : changedBy.name();
		String what;
		if (change instanceof MeetingCancelled && !byMember(change, person, partner)) {
			// the committee closed the pairing: no name, no cause, whatever the reason
			what = "The mentoring meeting of you and " + partner.name() + " on " + when(change.startsAt(), zone)
					+ " is cancelled, as your pairing has ended.";
		}
		else if (change instanceof MeetingCancelled) {
			what = who + " cancelled the mentoring meeting of you and " + partner.name() + " on "
					+ when(change.startsAt(), zone) + ".";
		}
		else if (change instanceof MeetingRescheduled) {
			what = who + " moved the mentoring meeting of you and " + partner.name() + " to "
					+ when(change.startsAt(), zone) + " (" + details(change) + ").";
		}
		else {
			what = who + " scheduled a mentoring meeting of you and " + partner.name() + " for "
					+ when(change.startsAt(), zone) + " (" + details(change) + ").";
		}
		String calendar = (change instanceof MeetingCancelled)
				? "The attached cancellation removes it from your calendar."
				: "Open the attached invitation to put it in your calendar.";
		return "Hello " + person.name() + ",\n\n" + what + "\n" + calendar + "\n\nThe meeting in Tandem: "
				+ this.baseUrl + "/pairings/" + change.pairingId().value() + "/meetings\n\nTandem\n";
	}

	/**
	 * Whether one of the pair made the change; otherwise the committee or an
	 * administrator did, by closing the pairing.
	 */
	private static boolean byMember(MeetingCalendarChange change, Person person, Person partner) {
		return change.changedBy().equals(person.id().value()) || change.changedBy().equals(partner.id().value());
	}

	private static String details(MeetingCalendarChange change) {
		String format = change.format().label().toLowerCase(Locale.ENGLISH);
		Integer minutes = change.durationMinutes();
		return (minutes != null) ? format + ", " + minutes + " minutes" : format;
	}

	/**
	 * The time on the recipient's clock, with the zone's id:
	 * {@code Thursday 14 January 2027 at 14:00 America/New_York}.
	 */
	static String when(Instant instant, ZoneId zone) {
		return TimeZones.format(instant, zone, WHEN);
	}

}
