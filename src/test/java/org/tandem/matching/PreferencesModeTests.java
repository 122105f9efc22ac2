package org.tandem.matching;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Preferences mode end to end: mentees' rankings give the mentee-optimal stable
 * assignment, and the review page says no blocking pair exists.
 */
@IntegrationTest
class PreferencesModeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PreferenceStore preferences;

	@Test
	void menteesGetTheirBestStablePartner() throws Exception {
		MatchingTestSupport support = new MatchingTestSupport(this.mvc, this.jdbc, this.programs, this.fixtures);
		Program program = support.program();
		ProgramId id = program.id();
		Person committee = support.committee(program);
		Person a = support.mentor(program, 1, "Archives");
		Person b = support.mentor(program, 1, "Archives");
		Person x = support.mentee(program, "archives");
		Person y = support.mentee(program, "archives");
		// both want a; a prefers y, so x gets b
		this.preferences.replace(id, x.id().value(), Role.MENTEE, List.of(a.id().value(), b.id().value()));
		this.preferences.replace(id, y.id().value(), Role.MENTEE, List.of(a.id().value(), b.id().value()));
		this.preferences.replace(id, a.id().value(), Role.MENTOR, List.of(y.id().value(), x.id().value()));
		String body = this.mvc
			.perform(post("/api/v1/programs/" + id + "/matching-runs")
				.header(HttpHeaders.AUTHORIZATION, support.token(committee))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mode\": \"PREFERENCES\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.mode").value("PREFERENCES"))
			.andExpect(jsonPath("$.blockingPairs").value(0))
			.andExpect(jsonPath("$.proposals[?(@.menteeId == '" + y.id() + "')].mentorId")
				.value(org.hamcrest.Matchers.contains(a.id().toString())))
			.andExpect(jsonPath("$.proposals[?(@.menteeId == '" + x.id() + "')].mentorId")
				.value(org.hamcrest.Matchers.contains(b.id().toString())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String run = JsonPath.read(body, "$.id");
		this.mvc.perform(get("/matching-runs/" + run).cookie(support.signIn(committee)))
			.andExpect(content().string(containsString("Stable: no blocking pair exists")));
		// a mentee who ranked no one stays unmatched, for want of a feasible mentor
		Person z = support.mentee(program, "archives");
		this.mvc
			.perform(post("/programs/" + id + "/matching-runs").param("mode", "PREFERENCES")
				.cookie(support.signIn(committee))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/api/v1/programs/" + id + "/matching-runs")
				.header(HttpHeaders.AUTHORIZATION, support.token(committee))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"mode\": \"PREFERENCES\"}"))
			.andExpect(jsonPath("$.unmatched[0].menteeId").value(z.id().toString()))
			.andExpect(jsonPath("$.unmatched[0].reason").value("NO_FEASIBLE_MENTOR"));
	}

}
