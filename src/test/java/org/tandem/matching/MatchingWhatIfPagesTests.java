package org.tandem.matching;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Taking a pin or a forbidden pair back on the review page, and the comparison of runs.
 */
@IntegrationTest
class MatchingWhatIfPagesTests {

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

	Cookie committee;

	Person mentor;

	Person other;

	Person mentee;

	@BeforeEach
	void setUp() throws Exception {
		this.support = new MatchingTestSupport(this.mvc, this.jdbc, this.programs, this.fixtures);
		this.program = this.support.program();
		this.committee = this.support.signIn(this.support.committee(this.program));
		this.mentor = this.support.mentor(this.program, 1, "Archives");
		this.other = this.support.mentor(this.program, 1, "Teaching");
		this.mentee = this.support.mentee(this.program, "archives");
	}

	@Test
	void aPinCanBeRemovedAgainWithANewDraft() throws Exception {
		String pinned = whatIf(start(), "pin", this.other);
		this.mvc.perform(get("/matching-runs/" + pinned).cookie(this.committee))
			.andExpect(content().string(allOf(containsString("Pinned: " + this.other.name()),
					containsString("/matching-runs/" + pinned + "/pin/remove"), containsString("Remove the pin"))));
		String released = whatIf(pinned, "pin/remove", this.other);
		assertThat(released).isNotEqualTo(pinned);
		this.mvc.perform(get("/matching-runs/" + released).cookie(this.committee))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Pinned: "))))
			// without the pin the better mentor is proposed again
			.andExpect(content().string(containsString("data-mentor=\"" + this.mentor.id() + "\"")));
	}

	@Test
	void aForbiddenPairCanBeAllowedAgain() throws Exception {
		String forbidden = whatIf(start(), "forbid", this.mentor);
		this.mvc.perform(get("/matching-runs/" + forbidden).cookie(this.committee))
			.andExpect(content().string(allOf(containsString("Forbidden: " + this.mentor.name()),
					containsString("Allow again"), not(containsString("data-mentor=\"" + this.mentor.id() + "\"")))));
		String allowed = whatIf(forbidden, "forbid/remove", this.mentor);
		this.mvc.perform(get("/matching-runs/" + allowed).cookie(this.committee))
			.andExpect(content().string(allOf(not(containsString("Forbidden: ")),
					containsString("data-mentor=\"" + this.mentor.id() + "\""))));
	}

	@Test
	void theReviewComparesScoreAndMatchedMenteesWithTheRunBefore() throws Exception {
		String first = start();
		String forbidden = whatIf(first, "forbid", this.mentor);
		this.mvc.perform(get("/matching-runs/" + forbidden).cookie(this.committee))
			.andExpect(content().string(allOf(containsString("Mentees matched"), containsString("1 of 1"),
					containsString("mentees matched ±0 (1 then, 1 now)"), containsString("This run compared with it"),
					containsString(" matched</td>"))));
	}

	@Test
	void removingWhatTheRunDidNotAskIsRefusedAndStartsNothing() throws Exception {
		String run = start();
		int before = this.support.runs(this.program);
		this.mvc
			.perform(post("/matching-runs/" + run + "/pin/remove").param("mentorId", this.other.id().toString())
				.param("menteeId", this.mentee.id().toString())
				.cookie(this.committee)
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The pair is not pinned in this run.")));
		this.mvc
			.perform(post("/matching-runs/" + run + "/forbid/remove").param("mentorId", "not-a-uuid")
				.param("menteeId", this.mentee.id().toString())
				.cookie(this.committee)
				.with(csrf()))
			// the pages' rule for an id that cannot name anything: not found
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/matching-runs/" + run + "/forbid/remove").param("mentorId", this.mentor.id().toString())
				.param("menteeId", this.mentee.id().toString())
				.cookie(this.committee)
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The pair is not forbidden in this run.")));
		assertThat(this.support.runs(this.program)).isEqualTo(before);
	}

	@Test
	void onlyTheCommitteeRemovesPinsAndForbiddenPairs() throws Exception {
		String pinned = whatIf(start(), "pin", this.other);
		int before = this.support.runs(this.program);
		Cookie mentor = this.support.signIn(this.mentor);
		Cookie stranger = this.support.signIn(this.support.person("Sam Stranger"));
		for (String action : new String[] { "pin/remove", "forbid/remove" }) {
			this.mvc.perform(remove(pinned, action, this.other).cookie(mentor)).andExpect(status().isForbidden());
			this.mvc.perform(remove(pinned, action, this.other).cookie(stranger)).andExpect(status().isNotFound());
			this.mvc.perform(remove(pinned, action, this.other)).andExpect(redirectedUrl("/login"));
		}
		assertThat(this.support.runs(this.program)).isEqualTo(before);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder remove(String run, String action,
			Person mentor) {
		return post("/matching-runs/" + run + "/" + action).param("mentorId", mentor.id().toString())
			.param("menteeId", this.mentee.id().toString())
			.with(csrf());
	}

	private String start() throws Exception {
		return this.support.startRunOnPage(this.program, this.committee);
	}

	private String whatIf(String run, String action, Person mentor) throws Exception {
		return id(this.mvc.perform(remove(run, action, mentor).cookie(this.committee))
			.andExpect(redirectedUrlPattern("/matching-runs/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl());
	}

	private static String id(String location) {
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
