package org.tandem.pairing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.program.Program;
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
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reading pairings (one, the caller's, a program's) and closing them.
 */
@IntegrationTest
class PairingReadAndCloseApiTests {

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
	CloseReasons closeReasons;

	PairingTestSupport support;

	Program program;

	Person mentor;

	Person mentee;

	Person committee;

	Pairing pairing;

	@BeforeEach
	void setUp() {
		this.support = new PairingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures);
		this.program = this.support.program();
		this.mentor = this.support.mentor(this.program, 2);
		this.mentee = this.support.mentee(this.program);
		this.committee = this.support.committee(this.program);
		this.pairing = this.support.pair(this.program, this.mentor, this.mentee, PairingTestSupport.today());
	}

	@Test
	void aPairingIsVisibleToThePairTheCommitteeAndAdministratorsOnly() throws Exception {
		String path = "/api/v1/pairings/" + this.pairing.id();
		for (Person viewer : new Person[] { this.mentor, this.mentee, this.committee, this.support.admin() }) {
			read(path, this.support.token(viewer)).andExpect(status().isOk())
				.andExpect(jsonPath("$.id").value(this.pairing.id().toString()))
				.andExpect(jsonPath("$.status").value("ACTIVE"))
				.andExpect(jsonPath("$.cadence.state").value("AWAITING_FIRST_CONTACT"));
		}
		Person otherMentee = this.support.mentee(this.program);
		Program other = this.support.program();
		for (Person stranger : new Person[] { this.support.person("Sam Stranger"), otherMentee,
				this.support.committee(other) }) {
			read(path, this.support.token(stranger)).andExpect(status().isNotFound());
		}
		this.mvc.perform(get(path)).andExpect(status().isUnauthorized());
		String token = this.support.token(this.mentor);
		read("/api/v1/pairings/" + UUID.randomUUID(), token).andExpect(status().isNotFound());
		read("/api/v1/pairings/not-an-id", token).andExpect(status().isNotFound());
	}

	@Test
	void theCadenceFollowsTheRecordedContacts() throws Exception {
		LocalDate today = PairingTestSupport.today();
		this.pairings.recordContact(this.pairing.id(), today.minusDays(30));
		this.pairings.recordContact(this.pairing.id(), today.minusDays(40));
		read("/api/v1/pairings/" + this.pairing.id(), this.support.token(this.mentee)).andExpect(status().isOk())
			.andExpect(jsonPath("$.firstContactOn").value(today.minusDays(40).toString()))
			.andExpect(jsonPath("$.cadence.state").value("DUE"))
			.andExpect(jsonPath("$.cadence.lastContactOn").value(today.minusDays(30).toString()))
			.andExpect(jsonPath("$.cadence.dueOn").value(today.minusDays(2).toString()))
			.andExpect(jsonPath("$.cadence.overdueOn").value(today.plusDays(13).toString()));
	}

	@Test
	void eitherMemberOrTheCommitteeClosesWithAReasonOnce() throws Exception {
		String path = "/api/v1/pairings/" + this.pairing.id() + "/close";
		String mentorToken = this.support.token(this.mentor);
		close(path, mentorToken, "{}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		close(path, mentorToken, "{\"reason\":\"   \"}").andExpect(status().isBadRequest());
		close(path, mentorToken, "{\"reason\":\"%s\"}".formatted("x".repeat(1001))).andExpect(status().isBadRequest());
		close(path, mentorToken, "{\"reason\":\"nul \\u0000 byte\"}").andExpect(status().isBadRequest());
		close(path, mentorToken, "{\"reason\":\"ok\",\"closedBy\":\"me\"}").andExpect(status().isBadRequest());
		close(path, this.support.token(this.support.person("Sam Stranger")), "{\"reason\":\"Nosy\"}")
			.andExpect(status().isNotFound());
		close("/api/v1/pairings/" + UUID.randomUUID() + "/close", mentorToken, "{\"reason\":\"Gone\"}")
			.andExpect(status().isNotFound());
		this.mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Anonymous\"}"))
			.andExpect(status().isUnauthorized());
		assertThat(this.pairings.find(this.pairing.id()).orElseThrow().closed()).isFalse();

		close(path, mentorToken, "{\"reason\":\"%s\"}".formatted("x".repeat(1000))).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closedOn").value(PairingTestSupport.today().toString()))
			.andExpect(jsonPath("$.cadence.state").value("CLOSED"))
			.andExpect(jsonPath("$.cadence.dueOn").doesNotExist())
			.andExpect(jsonPath("$.closeReason").doesNotExist());
		close(path, this.support.token(this.committee), "{\"reason\":\"Again\"}").andExpect(status().isConflict());
		Pairing closed = this.pairings.find(this.pairing.id()).orElseThrow();
		assertThat(closed.closedBy()).isEqualTo(this.mentor.id().value());
		assertThat(this.closeReasons.read(closed)).isEqualTo("x".repeat(1000));
	}

	@Test
	void theCommitteeAndTheMenteeMayCloseToo() throws Exception {
		Pairing second = this.support.pair(this.program, this.mentor, this.support.mentee(this.program),
				PairingTestSupport.today());
		close("/api/v1/pairings/" + this.pairing.id() + "/close", this.support.token(this.committee),
				"{\"reason\":\"Rematch\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		close("/api/v1/pairings/" + second.id() + "/close", this.support.token(this.mentor), "{\"reason\":\"Done\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		Person menteeOfThird = this.support.mentee(this.program);
		Pairing third = this.support.pair(this.program, this.mentor, menteeOfThird, PairingTestSupport.today());
		close("/api/v1/pairings/" + third.id() + "/close", this.support.token(menteeOfThird),
				"{\"reason\":\"Moving away\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"));
		assertThat(List.of(this.pairing.id(), second.id(), third.id()))
			.allSatisfy((id) -> assertThat(this.pairings.find(id)).get()
				.extracting(Pairing::status)
				.isEqualTo(PairingStatus.CLOSED));
	}

	@Test
	void myPairingsArePagedWithTheActiveOnesFirst() throws Exception {
		Program second = this.support.program();
		this.support.enroll(second, this.mentor, org.tandem.program.Role.MENTOR, 1);
		Pairing older = this.support.pair(second, this.mentor, this.support.mentee(second),
				PairingTestSupport.today().minusDays(10));
		this.pairings.close(this.pairing.id(), new AsPrincipal(this.mentor.id().value(), "", false), "Finished");
		String token = this.support.token(this.mentor);
		read("/api/v1/me/pairings?size=1", token).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.items[*].id", contains(older.id().toString())));
		read("/api/v1/me/pairings?size=1&page=1", token).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", contains(this.pairing.id().toString())))
			.andExpect(jsonPath("$.items[0].status").value("CLOSED"));
		read("/api/v1/me/pairings", this.support.token(this.mentee)).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1));
		read("/api/v1/me/pairings", this.support.token(this.support.person("Nora Nobody"))).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		read("/api/v1/me/pairings?size=201", token).andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/me/pairings")).andExpect(status().isUnauthorized());
	}

	@Test
	void theProgramsPairingsAreListedForTheCommitteeAndAdministrators() throws Exception {
		String path = "/api/v1/programs/" + this.program.id() + "/pairings";
		read(path, this.support.token(this.committee)).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(this.pairing.id().toString()))
			.andExpect(jsonPath("$.items[0].cadence.state").value("AWAITING_FIRST_CONTACT"));
		read(path, this.support.token(this.support.admin())).andExpect(status().isOk());
		read(path, this.support.token(this.mentor)).andExpect(status().isForbidden());
		read(path, this.support.token(this.mentee)).andExpect(status().isForbidden());
		read(path, this.support.token(this.support.person("Sam Stranger"))).andExpect(status().isNotFound());
		this.mvc.perform(get(path)).andExpect(status().isUnauthorized());
	}

	private ResultActions read(String path, String token) throws Exception {
		return this.mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, token));
	}

	private ResultActions close(String path, String token, String body) throws Exception {
		return this.mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
