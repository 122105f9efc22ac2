package org.tandem.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.Pairings;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pair's meeting page: logging, scheduling and marking meetings, its form errors, and
 * what the committee, strangers and anonymous visitors get.
 */
@IntegrationTest
class MeetingControllerTests {

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

	MeetingTestSupport pair;

	LocalDate today;

	String page;

	@BeforeEach
	void setUp() {
		this.today = MeetingTestSupport.today();
		this.pair = new MeetingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures,
				this.today.minusDays(20));
		this.page = "/pairings/" + this.pair.pairing.id() + "/meetings";
	}

	@Test
	void aMemberLogsAContactFromThePage() throws Exception {
		Cookie session = this.pair.signIn(this.pair.mentee);
		LocalDate day = this.today.minusDays(3);
		this.mvc
			.perform(post(this.page + "/contacts").cookie(session)
				.with(csrf())
				.param("occurredOn", day.toString())
				.param("format", "MESSAGE")
				.param("place", "Chat")
				.param("sharedNotes", "Talked about the offsite"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("flash", "The contact on " + day + " is logged."));
		assertThat(this.pairings.find(this.pair.pairing.id()).orElseThrow().lastContactOn()).isEqualTo(day);
		this.mvc.perform(get(this.page).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Messages")))
			.andExpect(content().string(containsString("Talked about the offsite")))
			.andExpect(content().string(containsString("Log a contact that happened")))
			.andExpect(content().string(containsString("Schedule a meeting")));
	}

	@Test
	void theContactFormShowsEveryProblemAndWritesNothing() throws Exception {
		Cookie session = this.pair.signIn(this.pair.mentor);
		form(session, "/contacts", "occurredOn", "", "format", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("Date is required")));
		form(session, "/contacts", "occurredOn", "soon", "format", "PHONE")
			.andExpect(content().string(containsString("Date has an invalid value")));
		form(session, "/contacts", "occurredOn", this.today.plusDays(1).toString(), "format", "PHONE")
			.andExpect(content().string(containsString("Date must not be in the future")));
		form(session, "/contacts", "occurredOn", this.today.minusDays(21).toString(), "format", "PHONE")
			.andExpect(content().string(containsString("Date must not be before the pairing started")));
		form(session, "/contacts", "occurredOn", this.today.toString(), "format", "")
			.andExpect(content().string(containsString("Format is required")));
		form(session, "/contacts", "occurredOn", this.today.toString(), "format", "SMOKE_SIGNALS")
			.andExpect(content().string(containsString("Format has an invalid value")));
		form(session, "/contacts", "occurredOn", this.today.toString(), "format", "PHONE", "place", "x".repeat(201))
			.andExpect(content().string(containsString("Place must be at most 200 characters long")));
		form(session, "/contacts", "occurredOn", this.today.toString(), "format", "PHONE", "sharedNotes", "a\u0001")
			.andExpect(content().string(containsString("Shared notes must not contain control characters")));
		assertThat(this.pair.meetingCount()).isZero();
	}

	@Test
	void aMemberSchedulesAMeetingAndMarksItHeld() throws Exception {
		Cookie session = this.pair.signIn(this.pair.mentor);
		LocalDate day = this.today.minusDays(1);
		form(session, "/scheduled", "scheduledAt", day + "T10:30", "durationMinutes", "45", "format", "VIDEO", "place",
				"Video room", "agenda", "Promotion plan")
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "The meeting on " + day + " is scheduled."));
		var row = this.jdbc.sql("select id, scheduled_at, duration_minutes, status from meeting where pairing_id = :id")
			.param("id", this.pair.pairing.id().value())
			.query()
			.singleRow();
		assertThat(((java.sql.Timestamp) row.get("scheduled_at")).toInstant())
			.isEqualTo(OffsetDateTime.of(day.atTime(10, 30), ZoneOffset.UTC).toInstant());
		assertThat(row.get("duration_minutes")).isEqualTo(45);
		assertThat(row.get("status")).isEqualTo("SCHEDULED");
		this.mvc.perform(get(this.page).cookie(session))
			.andExpect(content().string(containsString(day + " 10:30 UTC, 45 min")))
			.andExpect(content().string(containsString("Promotion plan")))
			.andExpect(content().string(containsString("Mark held")));

		this.mvc.perform(
				post(this.page + "/" + row.get("id") + "/status").cookie(session).with(csrf()).param("status", "HELD"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "The meeting on " + day + " is marked held."));
		assertThat(this.pairings.find(this.pair.pairing.id()).orElseThrow().lastContactOn()).isEqualTo(day);
	}

	@Test
	void aMeetingStillAheadCannotBeMarkedHeldFromThePage() throws Exception {
		Cookie session = this.pair.signIn(this.pair.mentor);
		form(session, "/scheduled", "scheduledAt", this.today.plusDays(2) + "T09:00", "format", "LUNCH")
			.andExpect(status().isFound());
		Object id = this.jdbc.sql("select id from meeting where pairing_id = :id")
			.param("id", this.pair.pairing.id().value())
			.query()
			.singleValue();
		this.mvc.perform(post(this.page + "/" + id + "/status").cookie(session).with(csrf()).param("status", "HELD"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "A meeting on a day still ahead can only be cancelled."));
		this.mvc.perform(post(this.page + "/" + id + "/status").cookie(session).with(csrf()).param("status", "BOGUS"))
			.andExpect(status().isBadRequest());
		assertThat(
				this.jdbc.sql("select status from meeting where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("SCHEDULED");
	}

	@Test
	void theScheduleFormShowsEveryProblemAndWritesNothing() throws Exception {
		Cookie session = this.pair.signIn(this.pair.mentor);
		form(session, "/scheduled", "scheduledAt", "", "format", "VIDEO")
			.andExpect(content().string(containsString("Date and time (UTC) is required")));
		form(session, "/scheduled", "scheduledAt", "tomorrow at ten", "format", "VIDEO")
			.andExpect(content().string(containsString("Date and time (UTC) has an invalid value")));
		form(session, "/scheduled", "scheduledAt", this.today.plusDays(2) + "T09:00", "durationMinutes", "long",
				"format", "VIDEO")
			.andExpect(content().string(containsString("Duration in minutes has an invalid value")));
		form(session, "/scheduled", "scheduledAt", this.today.plusDays(2) + "T09:00", "durationMinutes", "0", "format",
				"VIDEO")
			.andExpect(content().string(containsString("Duration in minutes must be between 1 and 1440")));
		form(session, "/scheduled", "scheduledAt", this.today.plusDays(400) + "T09:00", "format", "VIDEO")
			.andExpect(content().string(containsString("Date and time (UTC) must be at most a year ahead")));
		form(session, "/scheduled", "scheduledAt", this.today.minusDays(30) + "T09:00", "format", "VIDEO")
			.andExpect(content().string(containsString("must not be before the pairing started")));
		form(session, "/scheduled", "scheduledAt", this.today.plusDays(2) + "T09:00", "format", "VIDEO", "agenda",
				"a".repeat(4001))
			.andExpect(content().string(containsString("Agenda must be at most 4000 characters long")));
		assertThat(this.pair.meetingCount()).isZero();
	}

	@Test
	void theCommitteeSeesOnlyDatesAndFormatsAndMayNotWrite() throws Exception {
		Cookie mentor = this.pair.signIn(this.pair.mentor);
		form(mentor, "/contacts", "occurredOn", this.today.toString(), "format", "PHONE", "place", "Secret garden",
				"sharedNotes", "Private matter")
			.andExpect(status().isFound());
		Cookie committee = this.pair.signIn(this.pair.committee);
		this.mvc.perform(get(this.page).cookie(committee))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phone")))
			.andExpect(content().string(containsString(this.today.toString())))
			.andExpect(content().string(not(containsString("Secret garden"))))
			.andExpect(content().string(not(containsString("Private matter"))))
			.andExpect(content().string(not(containsString("Log a contact"))));
		form(committee, "/contacts", "occurredOn", this.today.toString(), "format", "PHONE")
			.andExpect(status().isForbidden());
		assertThat(this.pair.meetingCount()).isEqualTo(1);
	}

	@Test
	void strangersGetNotFoundAndAnonymousVisitorsTheLoginPage() throws Exception {
		Cookie stranger = this.pair.signIn(this.pair.stranger());
		this.mvc.perform(get(this.page).cookie(stranger)).andExpect(status().isNotFound());
		form(stranger, "/contacts", "occurredOn", this.today.toString(), "format", "PHONE")
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/pairings/not-an-id/meetings").cookie(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(get(this.page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post(this.page + "/contacts").with(csrf())
				.param("occurredOn", this.today.toString())
				.param("format", "PHONE"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(this.pair.meetingCount()).isZero();
	}

	@Test
	void aClosedPairingShowsNoFormsAndTakesNoMeetings() throws Exception {
		this.pair.close();
		Cookie session = this.pair.signIn(this.pair.mentee);
		this.mvc.perform(get(this.page).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Log a contact"))));
		form(session, "/contacts", "occurredOn", this.today.toString(), "format", "PHONE")
			.andExpect(status().isConflict());
		assertThat(this.pair.meetingCount()).isZero();
	}

	private ResultActions form(Cookie session, String action, String... fields) throws Exception {
		var request = post(this.page + action).cookie(session).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

}
