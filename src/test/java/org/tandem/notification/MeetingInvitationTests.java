package org.tandem.notification;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tandem.meeting.MeetingScheduled;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.MeetingFormat;
import org.tandem.program.Programs;
import org.tandem.support.CalendarFixtures;
import org.tandem.support.CalendarFixtures.Pair;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tandem.support.CalendarFixtures.AGENDA;
import static org.tandem.support.CalendarFixtures.NOTES;
import static org.tandem.support.CalendarFixtures.PLACE;
import static org.tandem.support.CalendarFixtures.events;
import static org.tandem.support.CalendarFixtures.parse;
import static org.tandem.support.CalendarFixtures.value;
import static org.tandem.support.CalendarFixtures.values;

/**
 * Scheduling, moving and cancelling a meeting sends both members of the pair an email
 * with an iCalendar invitation or cancellation for the same UID with a growing SEQUENCE;
 * no email or attachment contains the place, agenda or notes.
 */
@IntegrationTest
class MeetingInvitationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MailDispatcher dispatcher;

	@Autowired
	EmailPreferences preferences;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	CalendarFixtures given() {
		return new CalendarFixtures(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures);
	}

	@Test
	void scheduleMoveAndCancelSendInvitationsWithOneUidAndGrowingSequence() throws Exception {
		CalendarFixtures given = given();
		Pair pair = given.pair();
		String mentorToken = given.token(pair.mentor());
		String menteeToken = given.token(pair.mentee());
		Instant at = CalendarFixtures.daysAhead(5);

		UUID meeting = given.schedule(pair, mentorToken, at, 45);
		List<Invite> toMentee = awaitInvites(pair.mentee(), meeting, 1);
		List<Invite> toMentor = awaitInvites(pair.mentor(), meeting, 1);
		Calendar scheduled = parse(toMentee.get(0).ics());
		assertThat(value(scheduled, "METHOD")).isEqualTo("REQUEST");
		assertThat(toMentee.get(0).method()).isEqualTo("REQUEST");
		VEvent event = events(scheduled).get(0);
		assertThat(events(scheduled)).hasSize(1);
		assertThat(value(event, "UID")).isEqualTo(meeting + "@tandem");
		assertThat(value(event, "SEQUENCE")).isEqualTo("0");
		assertThat(value(event, "DTSTART")).isEqualTo(ics(at));
		assertThat(value(event, "DTEND")).isEqualTo(ics(at.plus(45, ChronoUnit.MINUTES)));
		assertThat(value(event, "SUMMARY"))
			.isEqualTo("Mentoring meeting: " + pair.mentor().name() + " & " + pair.mentee().name());
		assertThat(value(event, "ORGANIZER")).isEqualToIgnoringCase("mailto:" + pair.mentor().email());
		assertThat(values(event, "ATTENDEE")).map(String::toLowerCase)
			.containsExactlyInAnyOrder("mailto:" + pair.mentor().email().toLowerCase(),
					"mailto:" + pair.mentee().email().toLowerCase());
		assertThat(event.getProperty("LOCATION")).as("the place stays in Tandem").isEmpty();
		assertThat(toMentee.get(0).body()).contains(pair.mentor().name() + " scheduled", "walking, 45 minutes",
				"http://localhost:8080/pairings/" + pair.pairing().id().value() + "/meetings");
		assertThat(toMentor.get(0).body()).contains("You scheduled");

		Instant later = at.plus(1, ChronoUnit.DAYS);
		given.change(pair, menteeToken, meeting, "{\"scheduledAt\":\"" + later + "\"}");
		Calendar moved = parse(awaitInvites(pair.mentor(), meeting, 2).get(1).ics());
		VEvent movedEvent = events(moved).get(0);
		assertThat(value(moved, "METHOD")).isEqualTo("REQUEST");
		assertThat(value(movedEvent, "UID")).isEqualTo(meeting + "@tandem");
		assertThat(value(movedEvent, "SEQUENCE")).isEqualTo("1");
		assertThat(value(movedEvent, "DTSTART")).isEqualTo(ics(later));
		assertThat(value(movedEvent, "ORGANIZER")).isEqualToIgnoringCase("mailto:" + pair.mentee().email());

		given.change(pair, menteeToken, meeting, "{\"durationMinutes\":90}");
		Calendar longer = parse(awaitInvites(pair.mentor(), meeting, 3).get(2).ics());
		assertThat(value(events(longer).get(0), "SEQUENCE")).isEqualTo("2");
		assertThat(value(events(longer).get(0), "DTEND")).isEqualTo(ics(later.plus(90, ChronoUnit.MINUTES)));

		given.change(pair, mentorToken, meeting, "{\"status\":\"CANCELLED\"}");
		List<Invite> all = awaitInvites(pair.mentee(), meeting, 4);
		Calendar cancelled = parse(all.get(3).ics());
		VEvent cancelledEvent = events(cancelled).get(0);
		assertThat(all.get(3).method()).isEqualTo("CANCEL");
		assertThat(value(cancelled, "METHOD")).isEqualTo("CANCEL");
		assertThat(value(cancelledEvent, "UID")).isEqualTo(meeting + "@tandem");
		assertThat(value(cancelledEvent, "STATUS")).isEqualTo("CANCELLED");
		assertThat(value(cancelledEvent, "SEQUENCE")).isEqualTo("3");
		assertThat(awaitInvites(pair.mentor(), meeting, 4)).hasSize(4);

		for (Invite invite : all) {
			assertThat(invite.body() + invite.subject() + invite.ics()).doesNotContain(AGENDA, PLACE, NOTES);
		}
	}

	@Test
	void eachRecipientReadsTheTimeOnTheirOwnClockInTheTextAndTheInvitation() throws Exception {
		CalendarFixtures given = given();
		Pair pair = given.pair();
		zone(pair.mentor(), "America/New_York");
		zone(pair.mentee(), "Asia/Tokyo");
		Instant at = CalendarFixtures.daysAhead(5);
		UUID meeting = given.schedule(pair, given.token(pair.mentor()), at, 45);

		for (Person person : List.of(pair.mentor(), pair.mentee())) {
			ZoneId zone = ZoneId.of((person == pair.mentor()) ? "America/New_York" : "Asia/Tokyo");
			ZonedDateTime local = at.atZone(zone);
			Invite invite = awaitInvites(person, meeting, 1).get(0);
			String when = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH).format(local) + " "
					+ zone.getId();
			assertThat(invite.subject()).endsWith(" on " + when);
			assertThat(invite.body()).contains(" for " + when + " (walking, 45 minutes)").doesNotContain("UTC");

			Calendar calendar = parse(invite.ics());
			List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
			assertThat(zones).hasSize(1);
			assertThat(zones.get(0).getProperty("TZID").orElseThrow().getValue()).isEqualTo(zone.getId());
			VEvent event = events(calendar).get(0);
			for (String property : List.of("DTSTART", "DTEND")) {
				assertThat(event.getProperty(property).orElseThrow().getParameter("TZID").orElseThrow().getValue())
					.as(property)
					.isEqualTo(zone.getId());
			}
			assertThat(value(event, "DTSTART")).as("%s on the recipient's clock", zone)
				.isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(local));
			assertThat(value(event, "DTEND"))
				.isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(local.plusMinutes(45)));
			assertThat(startOf(event).toInstant()).as("the same instant for both").isEqualTo(at);
		}
	}

	private static ZonedDateTime startOf(VEvent event) {
		DtStart<?> start = event.getProperty("DTSTART").map(DtStart.class::cast).orElseThrow();
		return (ZonedDateTime) start.getDate();
	}

	private void zone(Person person, String zone) {
		this.jdbc.sql("update person set time_zone = :zone where id = :id")
			.param("zone", zone)
			.param("id", person.id().value())
			.update();
	}

	@Test
	void closingThePairingCancelsTheMeetingsStillAhead() throws Exception {
		CalendarFixtures given = given();
		Pair pair = given.pair();
		String token = given.token(pair.mentor());
		UUID meeting = given.schedule(pair, token, CalendarFixtures.daysAhead(4), 30);
		awaitInvites(pair.mentee(), meeting, 1);

		this.mvc
			.perform(post("/api/v1/pairings/" + pair.pairing().id().value() + "/close").header("Authorization", token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"reason\":\"Moving to another library\"}"))
			.andExpect(status().isOk());

		Invite cancellation = awaitInvites(pair.mentee(), meeting, 2).get(1);
		Calendar calendar = parse(cancellation.ics());
		assertThat(cancellation.method()).isEqualTo("CANCEL");
		assertThat(value(events(calendar).get(0), "UID")).isEqualTo(meeting + "@tandem");
		assertThat(value(events(calendar).get(0), "SEQUENCE")).isEqualTo("1");
		assertThat(this.jdbc.sql("select status from meeting where id = ?").param(meeting).query(String.class).single())
			.isEqualTo("CANCELLED");
		assertThat(cancellation.body() + cancellation.ics()).doesNotContain("Moving to another library");
	}

	@Test
	void changingOnlyTextsOrMarkingHeldSendsNoInvitation() throws Exception {
		CalendarFixtures given = given();
		Pair pair = given.pair();
		String token = given.token(pair.mentor());
		UUID meeting = given.schedule(pair, token, CalendarFixtures.daysAhead(3), null);
		awaitInvites(pair.mentee(), meeting, 1);

		given.change(pair, token, meeting, "{\"agenda\":\"A new agenda\"}");
		given.change(pair, token, meeting, "{\"scheduledAt\":\"" + CalendarFixtures.daysAhead(3) + "\"}");
		PairingFixtures.awaitEventsHandled(this.jdbc, meeting);
		assertThat(invites(pair.mentee(), meeting)).hasSize(1);
	}

	@Test
	void theInvitationArrivesByMailWithACalendarPartAndNoConfidentialText() throws Exception {
		CalendarFixtures given = given();
		Pair pair = given.pair();
		UUID meeting = given.schedule(pair, given.token(pair.mentee()), CalendarFixtures.daysAhead(10), 30);
		awaitInvites(pair.mentor(), meeting, 1);

		this.dispatcher.dispatchDueMessages(sender());

		MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
			.filter((message) -> isFor(message, pair.mentor().email()))
			.filter((message) -> subject(message).startsWith("Mentoring meeting with"))
			.findFirst()
			.orElseThrow();
		ByteArrayOutputStream raw = new ByteArrayOutputStream();
		mail.writeTo(raw);
		String mime = raw.toString(StandardCharsets.UTF_8);
		assertThat(mime).doesNotContain(AGENDA, PLACE, NOTES);
		List<Part> parts = new ArrayList<>();
		collect(mail, parts);
		Part calendarPart = parts.stream()
			.filter((part) -> contentType(part).toLowerCase().startsWith("text/calendar"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no text/calendar part in " + mime));
		assertThat(contentType(calendarPart).toLowerCase()).contains("method=request");
		Calendar attached = parse(new String(calendarPart.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		assertThat(value(events(attached).get(0), "UID")).isEqualTo(meeting + "@tandem");
		for (Part part : parts) {
			Object content = part.getContent();
			if (content instanceof String text) {
				assertThat(text).doesNotContain(AGENDA, PLACE, NOTES);
			}
		}
	}

	@Test
	void aRedeliveredEventSendsNothingTwice() throws Exception {
		CalendarFixtures given = given();
		Pair pair = given.pair();
		Instant at = CalendarFixtures.daysAhead(4);
		UUID meeting = given.schedule(pair, given.token(pair.mentor()), at, 60);
		awaitInvites(pair.mentee(), meeting, 1);

		// published again, as the event publication registry redelivers an event
		MeetingScheduled again = new MeetingScheduled(meeting, pair.pairing().id(), pair.mentor().id().value(), at, 60,
				MeetingFormat.WALKING, 0);
		MeetingScheduled otherVersion = new MeetingScheduled(meeting, pair.pairing().id(), pair.mentor().id().value(),
				at, 60, MeetingFormat.WALKING, 7);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.events.publishEvent(again);
			this.events.publishEvent(otherVersion);
		});

		awaitInvites(pair.mentee(), meeting, 2);
		PairingFixtures.awaitEventsHandled(this.jdbc, meeting);
		assertThat(invites(pair.mentee(), meeting)).as("sequence 0 once, sequence 7 once").hasSize(2);
		assertThat(invites(pair.mentor(), meeting)).hasSize(2);
	}

	@Test
	void weeklyReadersGetInvitationsAtOnceAndPeopleWhoChoseNeverGetNone() throws Exception {
		CalendarFixtures given = given();
		Pair pair = given.pair();
		this.preferences.choose(pair.mentor().id().value(), EmailFrequency.NEVER);
		this.preferences.choose(pair.mentee().id().value(), EmailFrequency.WEEKLY);
		UUID meeting = given.schedule(pair, given.token(pair.mentor()), CalendarFixtures.daysAhead(2), 60);

		assertThat(awaitInvites(pair.mentee(), meeting, 1).get(0).method()).isEqualTo("REQUEST");
		PairingFixtures.awaitEventsHandled(this.jdbc, meeting);
		assertThat(invites(pair.mentor(), meeting)).isEmpty();
	}

	private List<Invite> awaitInvites(Person person, UUID meeting, int count) {
		return PairingFixtures.await(() -> invites(person, meeting), (list) -> list.size() >= count);
	}

	private List<Invite> invites(Person person, UUID meeting) {
		return this.jdbc.sql("""
				select subject, body_text, ics, ics_method from outbox_message
				where recipient = :to and message_key like :key order by created_at, message_key""")
			.param("to", person.email())
			.param("key", "meeting-calendar:" + meeting + ":%")
			.query((rs, row) -> new Invite(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list()
			.stream()
			.sorted((a, b) -> Integer.compare(sequence(a), sequence(b)))
			.toList();
	}

	private static int sequence(Invite invite) {
		return Integer.parseInt(value(events(parse(invite.ics())).get(0), "SEQUENCE"));
	}

	private static String ics(Instant instant) {
		return instant.toString().replace("-", "").replace(":", "");
	}

	private static void collect(Part part, List<Part> parts) throws MessagingException, IOException {
		parts.add(part);
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart child = multipart.getBodyPart(i);
				collect(child, parts);
			}
		}
	}

	private static String contentType(Part part) {
		try {
			return part.getContentType();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isFor(MimeMessage mail, String recipient) {
		try {
			return Arrays.stream(mail.getRecipients(RecipientType.TO))
				.anyMatch((address) -> address.toString().equals(recipient));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static JavaMailSenderImpl sender() {
		return LocalSmtp.senderTo(smtp.getSmtp().getPort());
	}

	record Invite(String subject, String body, String ics, String method) {

	}

}
