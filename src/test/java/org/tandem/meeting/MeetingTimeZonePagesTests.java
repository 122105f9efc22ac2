package org.tandem.meeting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting page reads and shows times on the viewer's clock: a mentor in New York
 * schedules 14:00 of a winter day, which is 19:00 UTC, and the mentee in Tokyo sees it at
 * 04:00 the next day. The API keeps UTC instants.
 */
@IntegrationTest
class MeetingTimeZonePagesTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	String page;

	/** A winter day (New York on standard time, UTC-5) between now and a year ahead. */
	LocalDate winterDay;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.page = "/pairings/" + this.world.pairing.id() + "/meetings";
		LocalDate today = PairWorld.today();
		LocalDate january = LocalDate.of(today.getYear(), 1, 15);
		this.winterDay = january.isAfter(today) ? january : january.plusYears(1);
		zone(this.world.mentor, "America/New_York");
		zone(this.world.mentee, "Asia/Tokyo");
	}

	@Test
	void aTimeTypedInNewYorkIsStoredInUtcAndShownOnEachViewersClock() throws Exception {
		Cookie mentor = this.world.signIn(this.world.mentor);
		this.mvc
			.perform(post(this.page + "/scheduled").cookie(mentor)
				.with(csrf())
				.param("scheduledAt", this.winterDay + "T14:00")
				.param("durationMinutes", "60")
				.param("format", "VIDEO"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "The meeting on " + this.winterDay + " is scheduled."));
		Instant stored = this.jdbc.sql("select scheduled_at from meeting where pairing_id = :id")
			.param("id", this.world.pairing.id().value())
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
		assertThat(stored).isEqualTo(Instant.parse(this.winterDay + "T19:00:00Z"));

		this.mvc.perform(get(this.page).cookie(mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(this.winterDay + " 14:00 America/New_York, 60 min"),
					containsString("Times are in your time zone, America/New_York"),
					containsString("Date and time (America/New_York)"),
					containsString("value=\"" + this.winterDay + "T14:00\""),
					containsString("datetime=\"" + this.winterDay + "T19:00:00Z\""), not(containsString(" UTC")))));
		this.mvc.perform(get(this.page).cookie(this.world.signIn(this.world.mentee)))
			.andExpect(content().string(allOf(containsString(this.winterDay.plusDays(1) + " 04:00 Asia/Tokyo, 60 min"),
					containsString("value=\"" + this.winterDay.plusDays(1) + "T04:00\""))));
		// the committee has Tandem's default zone
		this.mvc.perform(get(this.page).cookie(this.world.signIn(this.world.committee)))
			.andExpect(content().string(containsString(this.winterDay + " 19:00 UTC, 60 min")));
		this.mvc
			.perform(get("/api/v1/pairings/" + this.world.pairing.id() + "/meetings").header("Authorization",
					this.world.token(this.world.mentee)))
			.andExpect(jsonPath("$.items[0].scheduledAt").value(this.winterDay + "T19:00:00Z"));
	}

	@Test
	void aMoveIsReadOnTheMoversClock() throws Exception {
		Cookie mentee = this.world.signIn(this.world.mentee);
		this.mvc
			.perform(post(this.page + "/scheduled").cookie(mentee)
				.with(csrf())
				.param("scheduledAt", this.winterDay + "T09:00")
				.param("format", "PHONE"))
			.andExpect(status().isFound());
		String id = this.jdbc.sql("select id from meeting where pairing_id = :id")
			.param("id", this.world.pairing.id().value())
			.query(String.class)
			.single();
		assertThat(scheduledAt(id)).as("09:00 in Tokyo is midnight UTC")
			.isEqualTo(Instant.parse(this.winterDay + "T00:00:00Z"));
		this.mvc
			.perform(post(this.page + "/" + id + "/move").cookie(this.world.signIn(this.world.mentor))
				.with(csrf())
				.param("scheduledAt", this.winterDay + "T08:30"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "The meeting is moved to " + this.winterDay
					+ " 08:30 America/New_York; you both get an updated invitation."));
		assertThat(scheduledAt(id)).isEqualTo(Instant.parse(this.winterDay + "T13:30:00Z"));
	}

	@Test
	void aTimeTheClocksSkipIsAFormErrorNotAShiftedMeeting() throws Exception {
		// New York moves its clocks from 02:00 to 03:00 on the second Sunday of March
		LocalDate today = PairWorld.today();
		LocalDate march = LocalDate.of(today.getYear(), 3, 1)
			.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
		LocalDate springForward = march.isAfter(today) ? march
				: LocalDate.of(today.getYear() + 1, 3, 1).with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SUNDAY));
		this.mvc
			.perform(post(this.page + "/scheduled").cookie(this.world.signIn(this.world.mentor))
				.with(csrf())
				.param("scheduledAt", springForward + "T02:30")
				.param("format", "VIDEO"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Date and time (America/New_York) does not exist in America/New_York: the clocks skip that hour")));
		assertThat(this.jdbc.sql("select count(*) from meeting where pairing_id = :id")
			.param("id", this.world.pairing.id().value())
			.query(Integer.class)
			.single()).isZero();
	}

	private Instant scheduledAt(String id) {
		return this.jdbc.sql("select scheduled_at from meeting where id = cast(:id as uuid)")
			.param("id", id)
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant();
	}

	private void zone(Person person, String zone) {
		this.jdbc.sql("update person set time_zone = :zone where id = :id")
			.param("zone", zone)
			.param("id", person.id().value())
			.update();
	}

}
