package org.tandem.calendar.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Programs;
import org.tandem.support.CalendarFixtures;
import org.tandem.support.CalendarFixtures.Pair;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tandem.support.CalendarFixtures.AGENDA;
import static org.tandem.support.CalendarFixtures.NOTES;
import static org.tandem.support.CalendarFixtures.PLACE;
import static org.tandem.support.CalendarFixtures.events;
import static org.tandem.support.CalendarFixtures.parse;
import static org.tandem.support.CalendarFixtures.value;

/**
 * {@code POST/DELETE /api/v1/me/calendar-feed} and the feed itself at
 * {@code /calendar/{token}.ics}.
 */
@IntegrationTest
class CalendarFeedApiTests {

	private static final String FEED = "/api/v1/me/calendar-feed";

	private static final String BASE = "http://localhost:8080";

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
	People people;

	CalendarFixtures given() {
		return new CalendarFixtures(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures);
	}

	@Test
	void theFeedListsThePersonsMeetingsWithoutConfidentialText() throws Exception {
		CalendarFixtures given = given();
		Pair pair = given.pair();
		String token = given.token(pair.mentee());
		Instant at = CalendarFixtures.daysAhead(6);
		UUID scheduled = given.schedule(pair, token, at, 30);
		UUID cancelled = given.schedule(pair, token, CalendarFixtures.daysAhead(8), null);
		given.change(pair, token, cancelled, "{\"status\":\"CANCELLED\"}");
		given.logContact(pair, token);

		String url = createFeed(token);
		assertThat(url).matches(BASE + "/calendar/[0-9a-f]{32}\\.ics");
		MockHttpServletResponse response = this.mvc.perform(get(path(url)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "text/calendar;charset=UTF-8"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andReturn()
			.getResponse();
		String ics = response.getContentAsString();
		assertThat(ics).doesNotContain(AGENDA, PLACE, NOTES).startsWith("BEGIN:VCALENDAR\r\n");
		Calendar calendar = parse(ics);
		assertThat(value(calendar, "METHOD")).isEqualTo("PUBLISH");
		assertThat(value(calendar, "PRODID")).isEqualTo("-//Tandem//Tandem mentoring//EN");
		assertThat(value(calendar, "VERSION")).isEqualTo("2.0");
		List<VEvent> events = events(calendar);
		assertThat(events).hasSize(3).allSatisfy((event) -> assertThat(value(event, "DTSTAMP")).isNotEmpty());
		VEvent meeting = event(events, scheduled);
		assertThat(value(meeting, "DTSTART")).isEqualTo(at.toString().replace("-", "").replace(":", ""));
		assertThat(value(meeting, "STATUS")).isEqualTo("CONFIRMED");
		assertThat(value(meeting, "SEQUENCE")).isEqualTo("0");
		assertThat(value(meeting, "SUMMARY"))
			.isEqualTo("Mentoring meeting: " + pair.mentor().name() + " & " + pair.mentee().name());
		VEvent gone = event(events, cancelled);
		assertThat(value(gone, "STATUS")).isEqualTo("CANCELLED");
		assertThat(value(gone, "SEQUENCE")).isEqualTo("1");
		VEvent contact = events.stream()
			.filter((event) -> value(event, "SUMMARY").startsWith("Mentoring contact"))
			.findFirst()
			.orElseThrow();
		assertThat(value(contact, "DTSTART")).isEqualTo(CalendarFixtures.today().toString().replace("-", ""));
		assertThat(contact.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue())
			.isEqualTo("DATE");
	}

	@Test
	void theFeedStatesTimesOnItsOwnersClock() throws Exception {
		CalendarFixtures given = given();
		Pair pair = given.pair();
		this.jdbc.sql("update person set time_zone = 'Asia/Tokyo' where id = :id")
			.param("id", pair.mentee().id().value())
			.update();
		String token = given.token(pair.mentee());
		Instant at = CalendarFixtures.daysAhead(6);
		UUID scheduled = given.schedule(pair, token, at, 30);
		given.logContact(pair, token);

		Calendar calendar = parse(this.mvc.perform(get(path(createFeed(token))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(value(calendar, "X-WR-TIMEZONE")).isEqualTo("Asia/Tokyo");
		List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
		assertThat(zones).singleElement()
			.satisfies((zone) -> assertThat(zone.getProperty("TZID").orElseThrow().getValue()).isEqualTo("Asia/Tokyo"));
		VEvent meeting = event(events(calendar), scheduled);
		ZonedDateTime tokyo = at.atZone(ZoneId.of("Asia/Tokyo"));
		assertThat(meeting.getProperty("DTSTART").orElseThrow().getParameter("TZID").orElseThrow().getValue())
			.isEqualTo("Asia/Tokyo");
		assertThat(value(meeting, "DTSTART")).isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(tokyo));
		assertThat(value(meeting, "DTEND"))
			.isEqualTo(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").format(tokyo.plusMinutes(30)));
		DtStart<?> start = meeting.getProperty("DTSTART").map(DtStart.class::cast).orElseThrow();
		assertThat(((ZonedDateTime) start.getDate()).toInstant()).isEqualTo(at);
		VEvent contact = events(calendar).stream()
			.filter((event) -> value(event, "SUMMARY").startsWith("Mentoring contact"))
			.findFirst()
			.orElseThrow();
		assertThat(contact.getProperty("DTSTART").orElseThrow().getParameter("VALUE").orElseThrow().getValue())
			.as("a contact stays a whole day")
			.isEqualTo("DATE");
	}

	@Test
	void anEmptyFeedOfSomeoneInAZoneIsValidToo() throws Exception {
		CalendarFixtures given = given();
		Pair pair = given.pair();
		this.jdbc.sql("update person set time_zone = 'Europe/Berlin' where id = :id")
			.param("id", pair.mentor().id().value())
			.update();
		Calendar calendar = parse(this.mvc.perform(get(path(createFeed(given.token(pair.mentor())))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(events(calendar)).isEmpty();
		assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE")).singleElement()
			.satisfies(
					(zone) -> assertThat(zone.getProperty("TZID").orElseThrow().getValue()).isEqualTo("Europe/Berlin"));
	}

	@Test
	void theMentorSeesTheSameMeetingUnderTheSameUidAndNoOneElsesMeetings() throws Exception {
		CalendarFixtures given = given();
		Pair pair = given.pair();
		Pair other = given.pair();
		UUID ours = given.schedule(pair, given.token(pair.mentee()), CalendarFixtures.daysAhead(3), 60);
		UUID theirs = given.schedule(other, given.token(other.mentor()), CalendarFixtures.daysAhead(3), 60);

		String ics = this.mvc.perform(get(path(createFeed(given.token(pair.mentor())))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<VEvent> events = events(parse(ics));
		assertThat(events).extracting((event) -> value(event, "UID")).containsExactly(ours + "@tandem");
		assertThat(ics).doesNotContain(theirs.toString(), other.mentor().name(), other.mentee().name());
	}

	@Test
	void aPersonWithoutMeetingsGetsAnEmptyValidCalendar() throws Exception {
		Person loner = this.fixtures.person(CalendarFixtures.unique("Lou Loner"));
		String ics = this.mvc.perform(get(path(createFeed(given().token(loner)))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(value(parse(ics), "METHOD")).isEqualTo("PUBLISH");
		assertThat(events(parse(ics))).isEmpty();
	}

	@Test
	void regeneratingRevokesTheOldUrlAndDeleteRevokesTheNewOne() throws Exception {
		Person ada = this.fixtures.person(CalendarFixtures.unique("Ada Feed"));
		String token = given().token(ada);
		String first = createFeed(token);
		this.mvc.perform(get(path(first))).andExpect(status().isOk());

		String second = createFeed(token);
		assertThat(second).isNotEqualTo(first);
		this.mvc.perform(get(path(first))).andExpect(status().isNotFound());
		this.mvc.perform(get(path(second))).andExpect(status().isOk());
		assertThat(rows(ada)).isEqualTo(1);
		assertThat(this.jdbc.sql("select token_hash from calendar_feed where person_id = :p")
			.param("p", ada.id().value())
			.query(String.class)
			.single()).as("only a hash is stored").matches("[0-9a-f]{64}").isNotEqualTo(tokenOf(second));

		this.mvc.perform(delete(FEED).header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().isNoContent());
		this.mvc.perform(get(path(second))).andExpect(status().isNotFound());
		assertThat(rows(ada)).isZero();
		this.mvc.perform(delete(FEED).header(HttpHeaders.AUTHORIZATION, token)).andExpect(status().isNoContent());
	}

	@Test
	void unknownAndMalformedTokensAreABare404() throws Exception {
		for (String path : List.of("/calendar/" + "0".repeat(32) + ".ics", "/calendar/nonsense.ics",
				"/calendar/" + "A".repeat(32) + ".ics", "/calendar/abc.def.ics", "/calendar/.ics")) {
			String body = this.mvc.perform(get(path))
				.andExpect(status().isNotFound())
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).isEqualTo(CalendarFeedController.NOT_FOUND_PAGE);
		}
	}

	@Test
	void theFeedOfADisabledPersonIsGoneAndStaysGoneAfterTheyAreEnabled() throws Exception {
		Person ada = this.fixtures.person(CalendarFixtures.unique("Ada Leaving"));
		String url = createFeed(given().token(ada));
		this.fixtures.disable(ada);
		this.mvc.perform(get(path(url))).andExpect(status().isNotFound());
		this.people.enable(ada.id());
		this.mvc.perform(get(path(url))).andExpect(status().isNotFound());
		assertThat(rows(ada)).isZero();
	}

	@Test
	void aNewPasswordEndsTheFeedLikeEverySession() throws Exception {
		Person ada = this.fixtures.person(CalendarFixtures.unique("Ada Rekeyed"));
		String url = createFeed(given().token(ada));
		Cookie session = this.mvc
			.perform(post("/login").param("email", ada.email()).param("password", Fixtures.PASSWORD).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		String next = "a brand new passphrase";
		this.mvc
			.perform(post("/settings/password").cookie(session)
				.param("currentPassword", Fixtures.PASSWORD)
				.param("newPassword", next)
				.param("newPasswordRepeated", next)
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get(path(url))).andExpect(status().isNotFound());
		assertThat(rows(ada)).isZero();
	}

	@Test
	void creatingOrRevokingAFeedNeedsAToken() throws Exception {
		this.mvc.perform(post(FEED)).andExpect(status().isUnauthorized());
		this.mvc.perform(delete(FEED)).andExpect(status().isUnauthorized());
		this.mvc.perform(post(FEED).header(HttpHeaders.AUTHORIZATION, "Bearer nonsense"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theOpenApiDocumentDescribesTheFeedEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me/calendar-feed'].post.tags[0]").value("Calendar"))
			.andExpect(jsonPath("$.paths['/api/v1/me/calendar-feed'].delete").exists());
	}

	private String createFeed(String token) throws Exception {
		String body = this.mvc.perform(post(FEED).header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(jsonPath("$.url", matchesPattern("http://localhost:8080/calendar/[0-9a-f]{32}\\.ics")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return body.replaceAll(".*\"url\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	private static String path(String url) {
		return url.substring(BASE.length());
	}

	private static String tokenOf(String url) {
		return url.replaceAll(".*/calendar/([0-9a-f]+)\\.ics", "$1");
	}

	private static VEvent event(List<VEvent> events, UUID meeting) {
		return events.stream()
			.filter((event) -> value(event, "UID").equals(meeting + "@tandem"))
			.findFirst()
			.orElseThrow();
	}

	private long rows(Person person) {
		return this.jdbc.sql("select count(*) from calendar_feed where person_id = :p")
			.param("p", person.id().value())
			.query(Long.class)
			.single();
	}

}
