package org.tandem.program;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EnrollmentApiTests {

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
	void applicationIsApprovedByTheCommittee() throws Exception {
		Program program = this.support.program(true);
		String committee = this.support.token(this.support.member(program, Role.COMMITTEE, "Cid Committee"));
		Person applicant = this.fixtures.person("Ari Applicant");
		String token = this.support.token(applicant);
		String participantId = id(apply(token, program, """
				{"role":"MENTOR","capacity":2,"profile":{"expertise":["archives"],"meetingFormats":["VIDEO"]}}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.personId").value(applicant.id().toString()))
			.andExpect(jsonPath("$.capacity").value(2))
			.andExpect(jsonPath("$.profile.expertise[0]").value("archives")));
		apply(token, program, "{\"role\":\"MENTOR\"}").andExpect(status().isConflict());
		apply(token, program, "{\"role\":\"MENTEE\"}").andExpect(status().isConflict());
		decide(committee, program, participantId, "approve").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACTIVE"));
		decide(committee, program, participantId, "decline").andExpect(status().isConflict());
		assertThat(this.programs.participationsOf(applicant.id().value())).singleElement()
			.extracting(Participant::status)
			.isEqualTo(ParticipantStatus.ACTIVE);
	}

	@Test
	void applicationIsDeclinedByAnAdministrator() throws Exception {
		Program program = this.support.program(true);
		Person applicant = this.fixtures.person("Dan Declined");
		String participantId = id(
				apply(this.support.token(applicant), program, "{\"role\":\"MENTEE\"}").andExpect(status().isCreated()));
		String admin = this.support.token(this.fixtures.admin("Adi Admin"));
		decide(admin, program, participantId, "decline").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));
		decide(admin, program, participantId, "approve").andExpect(status().isConflict());
	}

	@Test
	void applyingWhileEnrollmentIsClosedIsAConflictForThoseWhoSeeTheProgram() throws Exception {
		Program program = this.support.program(false);
		String committee = this.support.token(this.support.member(program, Role.COMMITTEE, "Col Committee"));
		apply(committee, program, "{\"role\":\"MENTEE\"}").andExpect(status().isConflict());
		String outsider = this.support.token(this.fixtures.person("Orla Outsider"));
		apply(outsider, program, "{\"role\":\"MENTEE\"}").andExpect(status().isNotFound());
	}

	@Test
	void applicationsAreForMentorsAndMenteesWithAValidProfile() throws Exception {
		Program program = this.support.program(true);
		Person person = this.fixtures.person("Ivy Invalid");
		String token = this.support.token(person);
		apply(token, program, "{\"role\":\"COMMITTEE\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
		apply(token, program, "{\"role\":\"MENTOR\",\"capacity\":99}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("capacity"));
		apply(token, program, "{\"role\":\"MENTEE\",\"profile\":{\"meetingFormats\":[\"FAX\"]}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("profile.meetingFormats"));
		apply(token, program, "{\"role\":\"MENTEE\",\"personId\":\"%s\"}".formatted(person.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("personId"));
		assertThat(this.programs.participationsOf(person.id().value())).isEmpty();
	}

	@Test
	void onlyTheCommitteeOfThisProgramDecides() throws Exception {
		Program program = this.support.program(true);
		String mentee = this.support.token(this.support.member(program, Role.MENTEE, "Mina Mentee"));
		String participantId = id(
				apply(this.support.token(this.fixtures.person("Hal Hopeful")), program, "{\"role\":\"MENTEE\"}"));
		decide(mentee, program, participantId, "approve").andExpect(status().isForbidden());
		Program other = this.support.program(false);
		String otherCommittee = this.support.token(this.support.member(other, Role.COMMITTEE, "Otto Committee"));
		decide(otherCommittee, other, participantId, "approve").andExpect(status().isNotFound());
		decide(otherCommittee, program, participantId, "approve").andExpect(status().isForbidden());
		this.mvc.perform(post("/api/v1/programs/" + program.id() + "/participants/" + participantId + "/approve"))
			.andExpect(status().isUnauthorized());
	}

	private ResultActions apply(String token, Program program, String json) throws Exception {
		return this.mvc
			.perform(post("/api/v1/programs/" + program.id() + "/applications").header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json));
	}

	private ResultActions decide(String token, Program program, String participantId, String decision)
			throws Exception {
		return this.mvc
			.perform(post("/api/v1/programs/" + program.id() + "/participants/" + participantId + "/" + decision)
				.header(HttpHeaders.AUTHORIZATION, token));
	}

	private static String id(ResultActions result) throws Exception {
		return result.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll("^\\{\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

}
