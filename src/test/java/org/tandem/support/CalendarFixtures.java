package org.tandem.support;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jspecify.annotations.Nullable;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pairs with scheduled meetings for the calendar tests, and the parsing of iCalendar text
 * back with ical4j. Everything gets unique names.
 */
public final class CalendarFixtures {

	/** Confidential texts that must never reach an email or a calendar. */
	public static final String AGENDA = "AgendaSecretPromotionDossier";

	public static final String PLACE = "PlaceSecretRoseGarden";

	public static final String NOTES = "NotesSecretSabbaticalWorries";

	private static final TandemPrincipal ADMINISTRATOR = new Caller(UUID.randomUUID(), "admin@example.org", true);

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final Programs programs;

	private final Pairings pairings;

	private final Fixtures fixtures;

	public CalendarFixtures(MockMvc mvc, JdbcClient jdbc, Programs programs, Pairings pairings, Fixtures fixtures) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.programs = programs;
		this.pairings = pairings;
		this.fixtures = fixtures;
	}

	public static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public static LocalDate today() {
		return LocalDate.now(Clock.systemUTC());
	}

	/**
	 * A whole hour some days ahead, so that it is exact in iCalendar.
	 */
	public static Instant daysAhead(int days) {
		return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
	}

	/**
	 * A new program with a mentor and a mentee paired since a week ago.
	 */
	public Pair pair() {
		LocalDate startsOn = today().minusMonths(3);
		Program program = this.programs.create(new Program.Settings(unique("Calendar program"), null, startsOn,
				startsOn.plusYears(1), 28, 42, 7, false));
		Person mentor = member(program, Role.MENTOR, "Mia Mentor", 1);
		Person mentee = member(program, Role.MENTEE, "Max Mentee", 0);
		Pairing pairing = this.pairings.start(program.id(), ADMINISTRATOR,
				new NewPairing(mentor.id().value(), mentee.id().value(), today().minusDays(7)));
		return new Pair(program, mentor, mentee, pairing);
	}

	private Person member(Program program, Role role, String name, int capacity) {
		Person person = this.fixtures.person(unique(name));
		this.programs.enroll(program.id(), person.id().value(), role, capacity, Participant.Profile.empty());
		return person;
	}

	public String token(Person person) throws Exception {
		return new PersonFixtures(this.jdbc, this.mvc).token(person);
	}

	/**
	 * Schedules a meeting with the confidential texts through the API.
	 * @return its id
	 */
	public UUID schedule(Pair pair, String token, Instant at, @Nullable Integer durationMinutes) throws Exception {
		String body = "{\"scheduledAt\":\"" + at + "\",\"format\":\"WALKING\",\"place\":\"" + PLACE + "\",\"agenda\":\""
				+ AGENDA + "\",\"sharedNotes\":\"" + NOTES + "\""
				+ ((durationMinutes != null) ? ",\"durationMinutes\":" + durationMinutes : "") + "}";
		String answer = this.mvc
			.perform(post(pair.meetingsPath()).header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(answer.replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
	}

	/**
	 * Sends {@code PATCH} with the JSON body and expects 200.
	 */
	public void change(Pair pair, String token, UUID meeting, String json) throws Exception {
		this.mvc
			.perform(patch(pair.meetingsPath() + "/" + meeting).header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andExpect(status().isOk());
	}

	/**
	 * Logs a contact that happened today.
	 */
	public void logContact(Pair pair, String token) throws Exception {
		this.mvc
			.perform(post(pair.meetingsPath()).header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"occurredOn\":\"" + today() + "\",\"format\":\"LUNCH\",\"agenda\":\"" + AGENDA
						+ "\",\"sharedNotes\":\"" + NOTES + "\"}"))
			.andExpect(status().isCreated());
	}

	/**
	 * Parses iCalendar text with ical4j and checks it is valid RFC 5545.
	 */
	public static Calendar parse(String ics) {
		try {
			Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
			assertThat(calendar.validate().hasErrors()).as("valid iCalendar: %s", calendar.validate()).isFalse();
			return calendar;
		}
		catch (IOException | ParserException ex) {
			throw new AssertionError("not iCalendar: " + ics, ex);
		}
	}

	public static List<VEvent> events(Calendar calendar) {
		return calendar.getComponents("VEVENT");
	}

	public static String value(Calendar calendar, String property) {
		return calendar.getProperty(property).map(Property::getValue).orElse("");
	}

	public static String value(VEvent event, String property) {
		return event.getProperty(property).map(Property::getValue).orElse("");
	}

	public static List<String> values(VEvent event, String property) {
		return event.getProperties(property).stream().map(Property::getValue).toList();
	}

	/**
	 * A mentor and mentee in a program, paired.
	 */
	public record Pair(Program program, Person mentor, Person mentee, Pairing pairing) {

		public String meetingsPath() {
			return "/api/v1/pairings/" + this.pairing.id().value() + "/meetings";
		}

	}

	record Caller(UUID personId, String email, boolean admin) implements TandemPrincipal {

	}

}
