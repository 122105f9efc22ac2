package org.tandem.program;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ParticipantApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Programs programs;

	@Autowired
	Fixtures fixtures;

	ProgramTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new ProgramTestSupport(this.mvc, this.programs, this.fixtures);
	}

	@Test
	void committeeEnrollsAMentorWithProfileAndDefaultCapacity() throws Exception {
		Program program = this.support.program(false);
		String committee = this.support.token(this.support.member(program, Role.COMMITTEE, "Cai Committee"));
		Person mentor = this.fixtures.person("Mia Mentor");
		add(committee, program, """
				{"personId":"%s","role":"MENTOR","profile":{"expertise":["cataloguing"," grants ",""],
				 "interests":["teaching"],"goals":"Share what I know","meetingFormats":["WALKING","LUNCH"],
				 "location":"Main library","languages":["English","French"]}}
				""".formatted(mentor.id())).andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.programId").value(program.id().toString()))
			.andExpect(jsonPath("$.personId").value(mentor.id().toString()))
			.andExpect(jsonPath("$.role").value("MENTOR"))
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.capacity").value(1))
			.andExpect(jsonPath("$.profile.expertise", contains("cataloguing", "grants")))
			.andExpect(jsonPath("$.profile.goals").value("Share what I know"))
			.andExpect(jsonPath("$.profile.meetingFormats", contains("WALKING", "LUNCH")))
			.andExpect(jsonPath("$.profile.location").value("Main library"))
			.andExpect(jsonPath("$.profile.languages", contains("English", "French")));
	}

	@Test
	void administratorAppointsTheCommitteeAndTheCommitteeCannot() throws Exception {
		Program program = this.support.program(false);
		String admin = this.support.token(this.fixtures.admin("Ava Admin"));
		Person chair = this.fixtures.person("Cora Chair");
		add(admin, program, "{\"personId\":\"%s\",\"role\":\"COMMITTEE\"}".formatted(chair.id()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.role").value("COMMITTEE"))
			.andExpect(jsonPath("$.capacity").value(0));
		String chairToken = this.support.token(chair);
		Person another = this.fixtures.person("Carl Candidate");
		add(chairToken, program, "{\"personId\":\"%s\",\"role\":\"COMMITTEE\"}".formatted(another.id()))
			.andExpect(status().isForbidden());
		add(chairToken, program, "{\"personId\":\"%s\",\"role\":\"MENTEE\",\"capacity\":3}".formatted(another.id()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.capacity").value(0));
	}

	@Test
	void mentorsMenteesAndOutsidersCannotEnrollPeople() throws Exception {
		Program program = this.support.program(false);
		String mentee = this.support.token(this.support.member(program, Role.MENTEE, "Mae Mentee"));
		String outsider = this.support.token(this.fixtures.person("Oli Outsider"));
		Person someone = this.fixtures.person("Sam Someone");
		String body = "{\"personId\":\"%s\",\"role\":\"MENTEE\"}".formatted(someone.id());
		add(mentee, program, body).andExpect(status().isForbidden());
		add(outsider, program, body).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/programs/" + program.id() + "/participants").contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isUnauthorized());
		assertThat(this.programs.participationsOf(someone.id().value())).isEmpty();
	}

	@Test
	void badInputIsRejectedAndNothingIsWritten() throws Exception {
		Program program = this.support.program(false);
		String admin = this.support.token(this.fixtures.admin("Amy Admin"));
		Person person = this.fixtures.person("Pat Person");
		String id = person.id().toString();
		expectError(add(admin, program, "{\"personId\":\"%s\",\"role\":\"CHAIR\"}".formatted(id)), "role");
		expectError(add(admin, program, "{\"personId\":\"%s\"}".formatted(id)), "role");
		expectError(add(admin, program, "{\"personId\":\"%s\",\"role\":\"MENTOR\",\"capacity\":51}".formatted(id)),
				"capacity");
		expectError(add(admin, program, "{\"personId\":\"%s\",\"role\":\"MENTOR\",\"capacity\":-1}".formatted(id)),
				"capacity");
		expectError(add(admin, program,
				"{\"personId\":\"%s\",\"role\":\"MENTEE\",\"profile\":{\"meetingFormats\":[\"CARRIER_PIGEON\"]}}"
					.formatted(id)),
				"profile.meetingFormats");
		expectError(add(admin, program, "{\"personId\":\"%s\",\"role\":\"MENTEE\"}".formatted(UUID.randomUUID())),
				"personId");
		expectError(add(admin, program, "{\"personId\":\"not-an-id\",\"role\":\"MENTEE\"}"), "personId");
		expectError(add(admin, program, "{\"personId\":\"%s\",\"role\":\"MENTEE\",\"favourite\":1}".formatted(id)),
				"favourite");
		expectError(
				add(admin, program,
						"{\"personId\":\"%s\",\"role\":\"MENTEE\",\"profile\":{\"hobbies\":[]}}".formatted(id)),
				"hobbies");
		assertThat(this.programs.participationsOf(person.id().value())).isEmpty();
	}

	@Test
	void samePersonInTheSameRoleTwiceIsAConflict() throws Exception {
		Program program = this.support.program(false);
		String admin = this.support.token(this.fixtures.admin("Ali Admin"));
		Person person = this.fixtures.person("Dee Duplicate");
		String body = "{\"personId\":\"%s\",\"role\":\"MENTEE\"}".formatted(person.id());
		add(admin, program, body).andExpect(status().isCreated());
		add(admin, program, body).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("personId"));
		add(admin, program, "{\"personId\":\"%s\",\"role\":\"MENTOR\"}".formatted(person.id()))
			.andExpect(status().isCreated());
		assertThat(this.programs.participationsOf(person.id().value())).hasSize(2);
	}

	@Test
	void committeeSeesEveryoneAndPairsSeeTheActiveParticipants() throws Exception {
		Program program = this.support.program(true);
		Person committee = this.support.member(program, Role.COMMITTEE, "Cat Committee");
		Person mentor = this.support.member(program, Role.MENTOR, "Mel Mentor");
		Person applicant = this.fixtures.person("Abby Applicant");
		String applicantToken = this.support.token(applicant);
		this.mvc
			.perform(post("/api/v1/programs/" + program.id() + "/applications")
				.header(HttpHeaders.AUTHORIZATION, applicantToken)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"role\":\"MENTEE\"}"))
			.andExpect(status().isCreated());
		list(this.support.token(committee), program).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[*].personId",
					containsInAnyOrder(committee.id().toString(), mentor.id().toString(), applicant.id().toString())));
		// a page past the end has no row to carry the total: it is counted apart
		this.mvc
			.perform(get("/api/v1/programs/" + program.id() + "/participants?page=4").header(HttpHeaders.AUTHORIZATION,
					this.support.token(committee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.total").value(3));
		list(this.support.token(mentor), program).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].personId", not(hasItem(applicant.id().toString()))));
		list(applicantToken, program).andExpect(status().isNotFound());
		list(this.support.token(this.fixtures.person("Otis Outsider")), program).andExpect(status().isNotFound());
		list(this.support.token(this.fixtures.admin("Ace Admin")), program).andExpect(jsonPath("$.total").value(3));
	}

	private ResultActions add(String token, Program program, String json) throws Exception {
		return this.mvc
			.perform(post("/api/v1/programs/" + program.id() + "/participants").header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json));
	}

	private ResultActions list(String token, Program program) throws Exception {
		return this.mvc.perform(
				get("/api/v1/programs/" + program.id() + "/participants").header(HttpHeaders.AUTHORIZATION, token));
	}

	private static void expectError(ResultActions result, String field) throws Exception {
		result.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem(field)));
	}

}
