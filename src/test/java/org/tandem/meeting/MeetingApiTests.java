package org.tandem.meeting;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging contacts, scheduling meetings and reading them through the API, for the pair,
 * the committee, administrators and strangers.
 */
@IntegrationTest
class MeetingApiTests {

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

	@BeforeEach
	void setUp() {
		this.today = MeetingTestSupport.today();
		this.pair = new MeetingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures,
				this.today.minusDays(30));
	}

	@Test
	void aMemberLogsAContactThatMovesThePairingsCadence() throws Exception {
		LocalDate yesterday = this.today.minusDays(1);
		String token = this.pair.token(this.pair.mentee);
		send(post(this.pair.path()), token, """
				{"occurredOn": "%s", "format": "WALKING", "place": "Along the river",
				 "agenda": "Career steps", "sharedNotes": "Read the book\\nthen talk"}""".formatted(yesterday))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.pairingId").value(this.pair.pairing.id().toString()))
			.andExpect(jsonPath("$.occurredOn").value(yesterday.toString()))
			.andExpect(jsonPath("$.format").value("WALKING"))
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.place").value("Along the river"))
			.andExpect(jsonPath("$.agenda").value("Career steps"))
			.andExpect(jsonPath("$.sharedNotes").value("Read the book\nthen talk"))
			.andExpect(jsonPath("$.createdBy").value(this.pair.mentee.id().value().toString()));
		send(get("/api/v1/pairings/" + this.pair.pairing.id()), token, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.cadence.lastContactOn").value(yesterday.toString()))
			.andExpect(jsonPath("$.cadence.state").value("ON_TRACK"));
	}

	@Test
	void aScheduledMeetingCountsAsContactOnceMarkedHeld() throws Exception {
		LocalDate day = this.today.minusDays(2);
		String token = this.pair.token(this.pair.mentor);
		String id = id(send(post(this.pair.path()), token,
				"""
						{"scheduledAt": "%sT09:30:00Z", "format": "VIDEO", "durationMinutes": 45, "agenda": "Goals"}"""
					.formatted(day))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.scheduledAt").value(day + "T09:30:00Z"))
			.andExpect(jsonPath("$.durationMinutes").value(45))
			.andExpect(jsonPath("$.occurredOn").doesNotExist()));
		send(get("/api/v1/pairings/" + this.pair.pairing.id()), token, null)
			.andExpect(jsonPath("$.cadence.state").value("AWAITING_FIRST_CONTACT"));

		send(patch(this.pair.path() + "/" + id), this.pair.token(this.pair.mentee), "{\"status\": \"HELD\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.occurredOn").value(day.toString()))
			.andExpect(jsonPath("$.agenda").value("Goals"));
		send(get("/api/v1/pairings/" + this.pair.pairing.id()), token, null)
			.andExpect(jsonPath("$.cadence.lastContactOn").value(day.toString()))
			.andExpect(jsonPath("$.cadence.state").value("ON_TRACK"));
	}

	@Test
	void aMeetingStillAheadCanBeCancelledButNotHeldOrMissed() throws Exception {
		String token = this.pair.token(this.pair.mentor);
		String id = id(send(post(this.pair.path()), token, """
				{"scheduledAt": "%sT12:00:00Z", "format": "LUNCH"}""".formatted(this.today.plusDays(3)))
			.andExpect(status().isCreated()));
		String path = this.pair.path() + "/" + id;
		send(patch(path), token, "{\"status\": \"HELD\"}").andExpect(status().isConflict());
		send(patch(path), token, "{\"status\": \"MISSED\"}").andExpect(status().isConflict());
		send(patch(path), token, "{\"status\": \"CANCELLED\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"));
		send(patch(path), token, "{\"status\": \"HELD\"}").andExpect(status().isConflict());
		send(get("/api/v1/pairings/" + this.pair.pairing.id()), token, null)
			.andExpect(jsonPath("$.cadence.state").value("AWAITING_FIRST_CONTACT"));
	}

	@Test
	void aPastMeetingCanBeMarkedMissedAndItsTextsChangedOrCleared() throws Exception {
		String token = this.pair.token(this.pair.mentor);
		String id = id(send(post(this.pair.path()), token, """
				{"scheduledAt": "%sT12:00:00Z", "format": "PHONE", "place": "Desk", "agenda": "Old"}"""
			.formatted(this.today.minusDays(1))).andExpect(status().isCreated()));
		String path = this.pair.path() + "/" + id;
		send(patch(path), token, """
				{"status": "MISSED", "agenda": "New agenda", "place": " ", "sharedNotes": "Try again"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MISSED"))
			.andExpect(jsonPath("$.occurredOn").doesNotExist())
			.andExpect(jsonPath("$.agenda").value("New agenda"))
			.andExpect(jsonPath("$.place").doesNotExist())
			.andExpect(jsonPath("$.sharedNotes").value("Try again"));
		send(patch(path), token, "{\"status\": \"SCHEDULED\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		send(patch(path), token, "{\"agenda\": \"a\\u0007b\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("agenda"));
		send(patch(path), token, "{\"colour\": \"red\"}").andExpect(status().isBadRequest());
		send(patch(this.pair.path() + "/" + java.util.UUID.randomUUID()), token, "{\"status\": \"HELD\"}")
			.andExpect(status().isNotFound());
		String stored = this.jdbc.sql("select agenda_enc from meeting where id = :id::uuid")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(stored).startsWith("v2:").doesNotContain("New agenda");
	}

	@Test
	void placeAgendaAndSharedNotesAreStoredOnlyAsCiphertext() throws Exception {
		String id = id(send(post(this.pair.path()), this.pair.token(this.pair.mentor), """
				{"occurredOn": "%s", "format": "IN_PERSON", "place": "Cafe Secreto",
				 "agenda": "Salary worries", "sharedNotes": "Confidential plan"}""".formatted(this.today))
			.andExpect(status().isCreated()));
		var row = this.jdbc.sql("select place_enc, agenda_enc, shared_notes_enc from meeting where id = :id::uuid")
			.param("id", id)
			.query()
			.singleRow();
		assertThat((String) row.get("place_enc")).startsWith("v2:").doesNotContain("Secreto");
		assertThat((String) row.get("agenda_enc")).startsWith("v2:").doesNotContain("Salary");
		assertThat((String) row.get("shared_notes_enc")).startsWith("v2:").doesNotContain("Confidential");
	}

	@Test
	void thePairReadsEverythingNewestFirstTheCommitteeOnlyDatesAndFormats() throws Exception {
		String token = this.pair.token(this.pair.mentor);
		send(post(this.pair.path()), token, """
				{"occurredOn": "%s", "format": "EMAIL", "agenda": "Older"}""".formatted(this.today.minusDays(10)))
			.andExpect(status().isCreated());
		send(post(this.pair.path()), token, """
				{"scheduledAt": "%sT08:00:00Z", "format": "VIDEO", "place": "Online", "agenda": "Newer",
				 "sharedNotes": "Links"}""".formatted(this.today.plusDays(5))).andExpect(status().isCreated());

		send(get(this.pair.path()), this.pair.token(this.pair.mentee), null).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.items[0].agenda").value("Newer"))
			.andExpect(jsonPath("$.items[0].place").value("Online"))
			.andExpect(jsonPath("$.items[0].sharedNotes").value("Links"))
			.andExpect(jsonPath("$.items[1].agenda").value("Older"));

		for (Person manager : new Person[] { this.pair.committee, this.pair.admin() }) {
			send(get(this.pair.path()), this.pair.token(manager), null).andExpect(status().isOk())
				.andExpect(jsonPath("$.total").value(2))
				.andExpect(jsonPath("$.items[0].id").isNotEmpty())
				.andExpect(jsonPath("$.items[0].scheduledAt").value(this.today.plusDays(5) + "T08:00:00Z"))
				.andExpect(jsonPath("$.items[0].format").value("VIDEO"))
				.andExpect(jsonPath("$.items[0].status").value("SCHEDULED"))
				.andExpect(jsonPath("$.items[1].occurredOn").value(this.today.minusDays(10).toString()))
				.andExpect(jsonPath("$.items[0].agenda").doesNotExist())
				.andExpect(jsonPath("$.items[0].place").doesNotExist())
				.andExpect(jsonPath("$.items[0].sharedNotes").doesNotExist())
				.andExpect(jsonPath("$.items[1].agenda").doesNotExist());
		}
		send(get(this.pair.path() + "?size=1&page=1"), token, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].agenda").value("Older"));
		send(get(this.pair.path() + "?size=201"), token, null).andExpect(status().isBadRequest());
	}

	@Test
	void theCommitteeAndAdministratorsMayNotWriteStrangersDoNotSeeThePairing() throws Exception {
		String body = "{\"occurredOn\": \"%s\", \"format\": \"PHONE\"}".formatted(this.today);
		String id = id(
				send(post(this.pair.path()), this.pair.token(this.pair.mentor), body).andExpect(status().isCreated()));
		for (Person manager : new Person[] { this.pair.committee, this.pair.admin() }) {
			String token = this.pair.token(manager);
			send(post(this.pair.path()), token, body).andExpect(status().isForbidden());
			send(patch(this.pair.path() + "/" + id), token, "{\"agenda\": \"x\"}").andExpect(status().isForbidden());
		}
		String stranger = this.pair.token(this.pair.stranger());
		send(get(this.pair.path()), stranger, null).andExpect(status().isNotFound());
		send(post(this.pair.path()), stranger, body).andExpect(status().isNotFound());
		send(patch(this.pair.path() + "/" + id), stranger, "{\"status\": \"HELD\"}").andExpect(status().isNotFound());
		send(get("/api/v1/pairings/" + java.util.UUID.randomUUID() + "/meetings"), stranger, null)
			.andExpect(status().isNotFound());
		send(get("/api/v1/pairings/not-an-id/meetings"), stranger, null).andExpect(status().isNotFound());
		send(patch(this.pair.path() + "/not-a-meeting"), this.pair.token(this.pair.mentor), "{\"status\": \"HELD\"}")
			.andExpect(status().isNotFound());
		assertThat(this.pair.meetingCount()).isEqualTo(1);
	}

	@Test
	void anonymousCallersAreUnauthorized() throws Exception {
		this.mvc.perform(get(this.pair.path())).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post(this.pair.path()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"occurredOn\": \"%s\", \"format\": \"PHONE\"}".formatted(this.today)))
			.andExpect(status().isUnauthorized());
		this.mvc
			.perform(patch(this.pair.path() + "/" + java.util.UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\": \"HELD\"}"))
			.andExpect(status().isUnauthorized());
		assertThat(this.pair.meetingCount()).isZero();
	}

	@Test
	void aClosedPairingTakesNoMeetings() throws Exception {
		String token = this.pair.token(this.pair.mentee);
		String id = id(send(post(this.pair.path()), token, """
				{"scheduledAt": "%sT12:00:00Z", "format": "LUNCH"}""".formatted(this.today.minusDays(1)))
			.andExpect(status().isCreated()));
		this.pair.close();
		send(post(this.pair.path()), token, "{\"occurredOn\": \"%s\", \"format\": \"PHONE\"}".formatted(this.today))
			.andExpect(status().isConflict());
		send(patch(this.pair.path() + "/" + id), token, "{\"status\": \"HELD\"}").andExpect(status().isConflict());
		send(get(this.pair.path()), token, null).andExpect(jsonPath("$.items[0].status").value("SCHEDULED"));
		assertThat(this.pair.meetingCount()).isEqualTo(1);
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String token, String body) throws Exception {
		request.header(HttpHeaders.AUTHORIZATION, token);
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return this.mvc.perform(request);
	}

	private static String id(ResultActions result) throws Exception {
		String body = result.andReturn().getResponse().getContentAsString();
		return body.replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1");
	}

}
