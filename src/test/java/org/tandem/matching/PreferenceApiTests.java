package org.tandem.matching;

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
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET} and {@code PUT /api/v1/programs/{id}/preferences/me}: the participant's own
 * ranking, with the rankings page's rules.
 */
@IntegrationTest
class PreferenceApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Fixtures fixtures;

	MatchingTestSupport support;

	Program program;

	Person mentorA;

	Person mentorB;

	Person mentee;

	String menteeToken;

	String path;

	@BeforeEach
	void setUp() throws Exception {
		this.support = new MatchingTestSupport(this.mvc, this.jdbc, this.programs, this.fixtures);
		this.program = this.support.program();
		this.mentorA = this.support.mentor(this.program, 1, "Archives");
		this.mentorB = this.support.mentor(this.program, 1, "Teaching");
		this.mentee = this.support.mentee(this.program, "archives");
		this.menteeToken = this.support.token(this.mentee);
		this.path = "/api/v1/programs/" + this.program.id() + "/preferences/me";
	}

	ResultActions replace(String token, String body) throws Exception {
		return this.mvc.perform(put(this.path).header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	List<UUID> stored(Person person) {
		return this.jdbc.sql("select candidate_id from matching_preference where person_id = :id order by rank")
			.param("id", person.id().value())
			.query(UUID.class)
			.list();
	}

	@Test
	void aMenteeRanksMentorsAndReadsTheRankingBack() throws Exception {
		this.mvc.perform(get(this.path).header(HttpHeaders.AUTHORIZATION, this.menteeToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("MENTEE"))
			.andExpect(jsonPath("$.max").value(5))
			.andExpect(jsonPath("$.mentorIds", hasSize(0)))
			.andExpect(jsonPath("$.menteeIds").doesNotExist());
		replace(this.menteeToken, "{\"mentorIds\": [\"%s\", \"%s\"]}".formatted(this.mentorB.id(), this.mentorA.id()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mentorIds[0]").value(this.mentorB.id().toString()));
		assertThat(stored(this.mentee)).containsExactly(this.mentorB.id().value(), this.mentorA.id().value());
		this.mvc.perform(get(this.path).header(HttpHeaders.AUTHORIZATION, this.menteeToken))
			.andExpect(jsonPath("$.mentorIds[1]").value(this.mentorA.id().toString()));
		replace(this.menteeToken, "{\"mentorIds\": []}").andExpect(status().isOk());
		assertThat(stored(this.mentee)).isEmpty();
	}

	@Test
	void aMentorRanksMentees() throws Exception {
		String token = this.support.token(this.mentorA);
		replace(token, "{\"menteeIds\": [\"%s\"]}".formatted(this.mentee.id())).andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("MENTOR"))
			.andExpect(jsonPath("$.menteeIds[0]").value(this.mentee.id().toString()));
		assertThat(stored(this.mentorA)).containsExactly(this.mentee.id().value());
		// a mentor ranks mentees, not mentors
		replace(token, "{\"mentorIds\": [\"%s\"]}".formatted(this.mentorB.id())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mentorIds"));
		assertThat(stored(this.mentorA)).containsExactly(this.mentee.id().value());
	}

	@Test
	void duplicatesStrangersAndTooManyPeopleAreRefusedAndNothingIsWritten() throws Exception {
		replace(this.menteeToken, "{\"mentorIds\": [\"%s\"]}".formatted(this.mentorA.id())).andExpect(status().isOk());
		replace(this.menteeToken, "{\"mentorIds\": [\"%s\", \"%s\"]}".formatted(this.mentorA.id(), this.mentorA.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mentorIds[1]"))
			.andExpect(jsonPath("$.errors[0].message").value("names someone you ranked already"));
		replace(this.menteeToken,
				"{\"mentorIds\": [\"%s\", \"%s\", \"nonsense\", null]}".formatted(UUID.randomUUID(), this.mentee.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors", hasSize(4)));
		StringBuilder six = new StringBuilder();
		for (int k = 0; k < 6; k++) {
			Person mentor = this.support.mentor(this.program, 1, "Grants");
			six.append(k == 0 ? "" : ",").append('"').append(mentor.id()).append('"');
		}
		replace(this.menteeToken, "{\"mentorIds\": [" + six + "]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("must hold at most 5 people"));
		replace(this.menteeToken, "{}").andExpect(status().isBadRequest());
		replace(this.menteeToken, "{\"mentorIds\": [], \"extra\": 1}").andExpect(status().isBadRequest());
		replace(this.menteeToken, "{\"mentorIds\": \"" + this.mentorA.id() + "\"}").andExpect(status().isBadRequest());
		assertThat(stored(this.mentee)).containsExactly(this.mentorA.id().value());
	}

	@Test
	void onlyTheProgramsMentorsAndMenteesRank() throws Exception {
		String committee = this.support.token(this.support.committee(this.program));
		this.mvc.perform(get(this.path).header(HttpHeaders.AUTHORIZATION, committee)).andExpect(status().isForbidden());
		replace(committee, "{\"mentorIds\": []}").andExpect(status().isForbidden());
		String admin = this.support.token(this.support.admin());
		this.mvc.perform(get(this.path).header(HttpHeaders.AUTHORIZATION, admin)).andExpect(status().isForbidden());
		String stranger = this.support.token(this.support.person("Sam Stranger"));
		this.mvc.perform(get(this.path).header(HttpHeaders.AUTHORIZATION, stranger)).andExpect(status().isNotFound());
		replace(stranger, "{\"mentorIds\": [\"%s\"]}".formatted(this.mentorA.id())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/programs/" + UUID.randomUUID() + "/preferences/me")
			.header(HttpHeaders.AUTHORIZATION, this.menteeToken)).andExpect(status().isNotFound());
		this.mvc.perform(get(this.path)).andExpect(status().isUnauthorized());
		this.mvc.perform(put(this.path).contentType(MediaType.APPLICATION_JSON).content("{\"mentorIds\": []}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theOperationsAreInTheOpenApiDocument() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/programs/{id}/preferences/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/programs/{id}/preferences/me'].put").exists());
	}

}
