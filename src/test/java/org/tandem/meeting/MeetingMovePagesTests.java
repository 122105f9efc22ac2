package org.tandem.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.awaitility.Awaitility;
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
import static org.hamcrest.Matchers.allOf;
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
 * Moving a scheduled meeting from the meeting page: the updated invitation, the errors at
 * the meeting's form, and who may not move it. Also the link to the calendar feed.
 */
@IntegrationTest
class MeetingMovePagesTests {

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

	Cookie mentor;

	UUID meeting;

	@BeforeEach
	void setUp() throws Exception {
		this.today = MeetingTestSupport.today();
		this.pair = new MeetingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures,
				this.today.minusDays(20));
		this.page = "/pairings/" + this.pair.pairing.id() + "/meetings";
		this.mentor = this.pair.signIn(this.pair.mentor);
		move("/scheduled", this.mentor, "scheduledAt", this.today.plusDays(3) + "T10:30", "durationMinutes", "45",
				"format", "VIDEO")
			.andExpect(status().isFound());
		this.meeting = this.jdbc.sql("select id from meeting where pairing_id = :id")
			.param("id", this.pair.pairing.id().value())
			.query(UUID.class)
			.single();
	}

	@Test
	void theMeetingPageOffersToMoveAScheduledMeetingAndLinksTheCalendarFeed() throws Exception {
		this.mvc.perform(get(this.page).cookie(this.mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Move this meeting"),
					containsString("action=\"" + this.page + "/" + this.meeting + "/move\""),
					containsString("value=\"" + this.today.plusDays(3) + "T10:30\""),
					containsString("href=\"/settings/calendar\""),
					containsString("Subscribe to your meetings in your calendar app"))));
	}

	@Test
	void aMemberMovesTheMeetingAndBothGetTheUpdatedInvitation() throws Exception {
		Cookie mentee = this.pair.signIn(this.pair.mentee);
		LocalDate day = this.today.plusDays(5);
		move("/" + this.meeting + "/move", mentee, "scheduledAt", day + "T14:00", "durationMinutes", "60")
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("flash",
					"The meeting is moved to " + day + " 14:00 UTC, 60 min; you both get an updated invitation."));
		var row = stored();
		assertThat(((java.sql.Timestamp) row.get("scheduled_at")).toInstant())
			.isEqualTo(OffsetDateTime.of(day.atTime(14, 0), ZoneOffset.UTC).toInstant());
		assertThat(row.get("duration_minutes")).isEqualTo(60);
		assertThat(row.get("calendar_sequence")).isEqualTo(1);
		assertThat(invitations(1)).isEqualTo(2);
	}

	@Test
	void badMovesShowTheErrorsAtTheMeetingWith400AndChangeNothing() throws Exception {
		String action = "/" + this.meeting + "/move";
		move(action, this.mentor, "scheduledAt", "").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("New date and time (UTC) is required")))
			.andExpect(content().string(containsString("id=\"move-" + this.meeting + "-scheduledAt\"")));
		move(action, this.mentor, "scheduledAt", "next tuesday").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("New date and time (UTC) has an invalid value")));
		move(action, this.mentor, "scheduledAt", this.today.plusYears(2) + "T10:00").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be at most a year ahead")));
		move(action, this.mentor, "scheduledAt", this.today.minusDays(30) + "T10:00").andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must not be before the pairing started")));
		move(action, this.mentor, "scheduledAt", this.today.plusDays(4) + "T10:00", "durationMinutes", "0")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Duration in minutes must be between 1 and")));
		move(action, this.mentor, "scheduledAt", this.today.plusDays(4) + "T10:00", "durationMinutes", "long")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Duration in minutes has an invalid value")));
		assertThat(stored().get("calendar_sequence")).isEqualTo(0);
		assertThat(((java.sql.Timestamp) stored().get("scheduled_at")).toInstant())
			.isEqualTo(OffsetDateTime.of(this.today.plusDays(3).atTime(10, 30), ZoneOffset.UTC).toInstant());
	}

	@Test
	void aCancelledMeetingIsNotMovedAndThePageSaysWhy() throws Exception {
		move("/" + this.meeting + "/status", this.mentor, "status", "CANCELLED").andExpect(status().isFound());
		move("/" + this.meeting + "/move", this.mentor, "scheduledAt", this.today.plusDays(6) + "T09:00")
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("The meeting was not moved"),
					containsString("cannot be moved"), not(containsString("Move this meeting")))));
		assertThat(stored().get("status")).isEqualTo("CANCELLED");
	}

	@Test
	void theCommitteeStrangersAndAnonymousVisitorsCannotMoveIt() throws Exception {
		String action = "/" + this.meeting + "/move";
		String[] fields = { "scheduledAt", this.today.plusDays(6) + "T09:00" };
		move(action, this.pair.signIn(this.pair.committee), fields).andExpect(status().isForbidden());
		move(action, this.pair.signIn(this.pair.stranger()), fields).andExpect(status().isNotFound());
		move("/" + UUID.randomUUID() + "/move", this.mentor, fields).andExpect(status().isNotFound());
		move("/not-a-meeting/move", this.mentor, fields).andExpect(status().isNotFound());
		this.mvc.perform(post(this.page + action).with(csrf()).param(fields[0], fields[1]))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post(this.page + action).cookie(this.mentor).param(fields[0], fields[1]))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.page).cookie(this.pair.signIn(this.pair.committee)))
			.andExpect(content().string(not(containsString("Move this meeting"))));
		assertThat(stored().get("calendar_sequence")).isEqualTo(0);
		// closing cancels the meetings ahead; a closed pairing takes no moves
		this.pair.close();
		move(action, this.mentor, fields).andExpect(status().isConflict());
		assertThat(((java.sql.Timestamp) stored().get("scheduled_at")).toInstant())
			.isEqualTo(OffsetDateTime.of(this.today.plusDays(3).atTime(10, 30), ZoneOffset.UTC).toInstant());
	}

	private ResultActions move(String action, Cookie session, String... fields) throws Exception {
		var request = post(this.page + action).cookie(session).with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		return this.mvc.perform(request);
	}

	private java.util.Map<String, Object> stored() {
		return this.jdbc
			.sql("select scheduled_at, duration_minutes, calendar_sequence, status from meeting where id = :id")
			.param("id", this.meeting)
			.query()
			.singleRow();
	}

	/**
	 * The invitations of this calendar sequence in the outbox, waiting up to 5 s for the
	 * asynchronous listener.
	 */
	private long invitations(int sequence) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(countInvitations(sequence)).isGreaterThanOrEqualTo(2));
		return countInvitations(sequence);
	}

	private long countInvitations(int sequence) {
		return this.jdbc.sql("select count(*) from outbox_message where message_key like :key")
			.param("key", "meeting-calendar:" + this.meeting + ":" + sequence + ":%")
			.query(Long.class)
			.single();
	}

}
