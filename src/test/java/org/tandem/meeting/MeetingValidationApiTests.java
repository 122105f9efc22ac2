package org.tandem.meeting;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every rule of a new meeting is a 400 naming the field, and nothing is written.
 */
@IntegrationTest
class MeetingValidationApiTests {

	static final LocalDate TODAY = MeetingTestSupport.today();

	/** The pairings of these tests started ten days ago. */
	static final LocalDate STARTED = TODAY.minusDays(10);

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

	static Stream<Arguments> invalidMeetings() {
		String day = "\"occurredOn\": \"" + TODAY + "\", ";
		return Stream.of(Arguments.of("neither day nor time", "{\"format\": \"PHONE\"}", "occurredOn"),
				Arguments.of("both day and time",
						"{" + day + "\"scheduledAt\": \"" + TODAY + "T10:00:00Z\", \"format\": \"PHONE\"}",
						"scheduledAt"),
				Arguments.of("occurred in the future",
						"{\"occurredOn\": \"" + TODAY.plusDays(1) + "\", \"format\": \"PHONE\"}", "occurredOn"),
				Arguments.of("occurred before the pairing started",
						"{\"occurredOn\": \"" + STARTED.minusDays(1) + "\", \"format\": \"PHONE\"}", "occurredOn"),
				Arguments.of("scheduled more than a year ahead",
						"{\"scheduledAt\": \"" + TODAY.plusDays(400) + "T10:00:00Z\", \"format\": \"VIDEO\"}",
						"scheduledAt"),
				Arguments.of("scheduled before the pairing started",
						"{\"scheduledAt\": \"" + STARTED.minusDays(1) + "T10:00:00Z\", \"format\": \"VIDEO\"}",
						"scheduledAt"),
				Arguments.of("no format", "{\"occurredOn\": \"" + TODAY + "\"}", "format"),
				Arguments.of("unknown format", "{" + day + "\"format\": \"TELEPATHY\"}", "format"),
				Arguments.of("place too long",
						"{" + day + "\"format\": \"LUNCH\", \"place\": \"" + "p".repeat(201) + "\"}", "place"),
				Arguments.of("place on two lines", "{" + day + "\"format\": \"LUNCH\", \"place\": \"a\\nb\"}", "place"),
				Arguments.of("agenda too long",
						"{" + day + "\"format\": \"LUNCH\", \"agenda\": \"" + "a".repeat(4001) + "\"}", "agenda"),
				Arguments.of("agenda with a control character",
						"{" + day + "\"format\": \"LUNCH\", \"agenda\": \"a\\u0000b\"}", "agenda"),
				Arguments.of("shared notes too long",
						"{" + day + "\"format\": \"LUNCH\", \"sharedNotes\": \"" + "n".repeat(10001) + "\"}",
						"sharedNotes"),
				Arguments.of("shared notes with an escape character",
						"{" + day + "\"format\": \"LUNCH\", \"sharedNotes\": \"\\u001b[31m\"}", "sharedNotes"),
				Arguments.of("duration of zero", "{" + day + "\"format\": \"LUNCH\", \"durationMinutes\": 0}",
						"durationMinutes"),
				Arguments.of("duration over a day", "{" + day + "\"format\": \"LUNCH\", \"durationMinutes\": 1441}",
						"durationMinutes"),
				Arguments.of("malformed day", "{\"occurredOn\": \"yesterday\", \"format\": \"LUNCH\"}", "occurredOn"),
				Arguments.of("unknown field", "{" + day + "\"format\": \"LUNCH\", \"status\": \"HELD\"}", "status"),
				Arguments.of("not JSON", "{" + day, "body"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidMeetings")
	void anInvalidMeetingIsRejectedAndNothingIsWritten(String name, String body, String field) throws Exception {
		MeetingTestSupport pair = new MeetingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings,
				this.fixtures, STARTED);
		this.mvc
			.perform(post(pair.path()).header(HttpHeaders.AUTHORIZATION, pair.token(pair.mentor))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(field));
		assertThat(pair.meetingCount()).isZero();
		assertThat(this.pairings.find(pair.pairing.id()).orElseThrow().lastContactOn()).isNull();
	}

}
