package org.tandem.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tandem.pairing.Pairings;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code PATCH} with a new {@code scheduledAt} or {@code durationMinutes} moves a
 * scheduled meeting; the rules of scheduling apply, and a meeting that is no longer
 * scheduled stays where it is.
 */
@IntegrationTest
class MeetingRescheduleApiTests {

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

	MeetingTestSupport given() {
		return new MeetingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures,
				MeetingTestSupport.today().minusDays(10));
	}

	@Test
	void aMemberMovesAScheduledMeetingAndChangesItsDuration() throws Exception {
		MeetingTestSupport given = given();
		String token = given.token(given.mentee);
		UUID meeting = schedule(given, token, inDays(3));
		Instant later = inDays(4);

		this.mvc.perform(change(given, token, meeting, "{\"scheduledAt\":\"" + later + "\",\"durationMinutes\":90}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scheduledAt").value(later.toString()))
			.andExpect(jsonPath("$.durationMinutes").value(90))
			.andExpect(jsonPath("$.status").value("SCHEDULED"));
		assertThat(stored(meeting, "scheduled_at")).isEqualTo(later.toString());
		assertThat(stored(meeting, "duration_minutes")).isEqualTo("90");
		assertThat(stored(meeting, "calendar_sequence")).isEqualTo("1");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			value = { "more than a year ahead|{\"scheduledAt\":\"%s\"}|400|scheduledAt",
					"before the pairing started|{\"scheduledAt\":\"%s\"}|-20|scheduledAt",
					"duration zero|{\"durationMinutes\":0}|0|durationMinutes",
					"duration more than a day|{\"durationMinutes\":1441}|0|durationMinutes",
					"with a new status|{\"scheduledAt\":\"%s\",\"status\":\"CANCELLED\"}|5|status" })
	void badMovesAreA400AndChangeNothing(String name, String json, int days, String field) throws Exception {
		MeetingTestSupport given = given();
		String token = given.token(given.mentor);
		Instant at = inDays(3);
		UUID meeting = schedule(given, token, at);

		this.mvc.perform(change(given, token, meeting, json.formatted(inDays(days))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));
		assertThat(stored(meeting, "scheduled_at")).isEqualTo(at.toString());
		assertThat(stored(meeting, "status")).isEqualTo("SCHEDULED");
		assertThat(stored(meeting, "calendar_sequence")).isEqualTo("0");
	}

	@Test
	void aMeetingThatIsNoLongerScheduledCannotBeMoved() throws Exception {
		MeetingTestSupport given = given();
		String token = given.token(given.mentor);
		UUID meeting = schedule(given, token, inDays(3));
		this.mvc.perform(change(given, token, meeting, "{\"status\":\"CANCELLED\"}")).andExpect(status().isOk());

		this.mvc.perform(change(given, token, meeting, "{\"scheduledAt\":\"" + inDays(5) + "\"}"))
			.andExpect(status().isConflict());
		assertThat(stored(meeting, "calendar_sequence")).isEqualTo("1");
	}

	@Test
	void theCommitteeAndStrangersCannotMoveAMeeting() throws Exception {
		MeetingTestSupport given = given();
		Instant at = inDays(3);
		UUID meeting = schedule(given, given.token(given.mentor), at);
		String json = "{\"scheduledAt\":\"" + inDays(6) + "\"}";

		this.mvc.perform(change(given, given.token(given.committee), meeting, json)).andExpect(status().isForbidden());
		this.mvc.perform(change(given, given.token(given.stranger()), meeting, json)).andExpect(status().isNotFound());
		this.mvc.perform(patch(given.path() + "/" + meeting).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isUnauthorized());
		assertThat(stored(meeting, "scheduled_at")).isEqualTo(at.toString());
	}

	private static Instant inDays(int days) {
		return LocalDate.now(java.time.Clock.systemUTC())
			.plusDays(days)
			.atTime(10, 0)
			.toInstant(java.time.ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.SECONDS);
	}

	private UUID schedule(MeetingTestSupport given, String token, Instant at) throws Exception {
		String body = this.mvc
			.perform(post(given.path()).header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scheduledAt\":\"" + at + "\",\"format\":\"VIDEO\",\"durationMinutes\":30}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(body.replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
	}

	private static org.springframework.test.web.servlet.RequestBuilder change(MeetingTestSupport given, String token,
			UUID meeting, String json) {
		return patch(given.path() + "/" + meeting).header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
	}

	private String stored(UUID meeting, String column) {
		return this.jdbc.sql("select " + column + " from meeting where id = :id")
			.param("id", meeting)
			.query((rs, row) -> {
				Object value = rs.getObject(1);
				return (value instanceof java.sql.Timestamp timestamp) ? timestamp.toInstant().toString()
						: String.valueOf(value);
			})
			.single();
	}

}
