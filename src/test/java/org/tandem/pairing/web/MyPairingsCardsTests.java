package org.tandem.pairing.web;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.AgreementStates.AgreementState;
import org.tandem.pairing.AsPrincipal;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingTestSupport;
import org.tandem.pairing.Pairings;
import org.tandem.pairing.UpcomingMeetings.UpcomingMeeting;
import org.tandem.person.Person;
import org.tandem.program.MeetingFormat;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "My pairings" shows each pair its next scheduled meeting and how far its agreement is.
 */
@IntegrationTest
class MyPairingsCardsTests {

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

	PairingTestSupport support;

	Person mentor;

	Person mentee;

	Pairing pairing;

	@BeforeEach
	void setUp() {
		this.support = new PairingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures);
		Program program = this.support.program();
		this.mentor = this.support.mentor(program, 1);
		this.mentee = this.support.mentee(program);
		this.pairing = this.support.pair(program, this.mentor, this.mentee, PairingTestSupport.today().minusDays(10));
	}

	@Test
	void aFreshPairingHasNoMeetingAndNoAgreementYet() throws Exception {
		this.mvc.perform(get("/pairings").cookie(this.support.signIn(this.mentee)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("None scheduled"), containsString("Not written yet"))));
	}

	@Test
	void theCardShowsTheEarliestUpcomingMeetingAndTheAgreementForEachViewer() throws Exception {
		String mentorToken = this.support.token(this.mentor);
		LocalDate today = PairingTestSupport.today();
		schedule(mentorToken, today.plusDays(9) + "T15:00:00Z", "LUNCH", null);
		schedule(mentorToken, today.plusDays(2) + "T10:30:00Z", "WALKING", 45);
		this.mvc
			.perform(put(api("/agreement")).header(HttpHeaders.AUTHORIZATION, mentorToken)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"groundRules\": \"Be on time\", \"confidentialityPledge\": true}"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post(api("/agreement/acknowledgements")).header(HttpHeaders.AUTHORIZATION, mentorToken)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1}"))
			.andExpect(status().isOk());

		String when = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH)
			.format(today.plusDays(2));
		this.mvc.perform(get("/pairings").cookie(this.support.signIn(this.mentor)))
			.andExpect(content().string(allOf(containsString(when + ", 10:30 UTC, 45 min · Walking"),
					containsString("Waiting for " + this.mentee.name() + " to acknowledge it"))));
		Cookie mentee = this.support.signIn(this.mentee);
		this.mvc.perform(get("/pairings").cookie(mentee))
			.andExpect(content().string(allOf(containsString(when + ", 10:30 UTC, 45 min · Walking"),
					containsString("Waiting for you to acknowledge it"), not(containsString("Lunch")))));

		this.mvc
			.perform(post(api("/agreement/acknowledgements"))
				.header(HttpHeaders.AUTHORIZATION, this.support.token(this.mentee))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"version\": 1}"))
			.andExpect(status().isOk());
		this.mvc.perform(get("/pairings").cookie(mentee))
			.andExpect(content().string(containsString("Acknowledged by both of you")));
	}

	@Test
	void aClosedPairingShowsNoNextMeeting() throws Exception {
		String mentorToken = this.support.token(this.mentor);
		schedule(mentorToken, PairingTestSupport.today().plusDays(3) + "T10:00:00Z", "VIDEO", null);
		this.pairings.close(this.pairing.id(), new AsPrincipal(this.mentee.id().value(), this.mentee.email(), false),
				"Done");
		this.mvc.perform(get("/pairings").cookie(this.support.signIn(this.mentor)))
			.andExpect(content().string(allOf(not(containsString("Next meeting")), not(containsString("Video call")),
					containsString("Not written yet"))));
	}

	@Test
	void theAgreementWordsCoverEveryState() {
		assertThat(PairingCards.agreementText(AgreementState.NONE, true, "Pat")).isEqualTo("Not written yet");
		assertThat(PairingCards.agreementText(new AgreementState(true, false, false), false, "Pat"))
			.isEqualTo("Written; neither of you has acknowledged it yet");
		assertThat(PairingCards.agreementText(new AgreementState(true, false, true), false, "Pat"))
			.isEqualTo("Waiting for Pat to acknowledge it");
		assertThat(PairingCards.agreementText(new AgreementState(true, false, true), true, "Pat"))
			.isEqualTo("Waiting for you to acknowledge it");
		assertThat(PairingCards.agreementText(new AgreementState(true, true, true), true, "Pat"))
			.isEqualTo("Acknowledged by both of you");
		assertThat(PairingCards.meeting(null, java.time.ZoneOffset.UTC)).isNull();
	}

	@Test
	void theNextMeetingIsShownOnTheViewersClock() {
		UpcomingMeeting next = new UpcomingMeeting(java.time.Instant.parse("2027-01-14T19:00:00Z"), 45,
				MeetingFormat.WALKING);
		assertThat(PairingCards.meeting(next, java.time.ZoneId.of("America/New_York")))
			.isEqualTo("Thu 14 Jan 2027, 14:00 America/New_York, 45 min · Walking");
		assertThat(PairingCards.meeting(next, java.time.ZoneId.of("Asia/Tokyo")))
			.isEqualTo("Fri 15 Jan 2027, 04:00 Asia/Tokyo, 45 min · Walking");
	}

	private void schedule(String token, String at, String format, Integer minutes) throws Exception {
		String duration = (minutes != null) ? ", \"durationMinutes\": " + minutes : "";
		this.mvc
			.perform(post(api("/meetings")).header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"scheduledAt\": \"" + at + "\", \"format\": \"" + format + "\", \"place\": \"Secret spot\""
						+ duration + "}"))
			.andExpect(status().isCreated());
	}

	private String api(String rest) {
		return "/api/v1/pairings/" + this.pairing.id() + rest;
	}

}
