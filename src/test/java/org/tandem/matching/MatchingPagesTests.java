package org.tandem.matching;

import java.util.UUID;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The committee's matching pages, the settings page and the rankings page.
 */
@IntegrationTest
class MatchingPagesTests {

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

	String startRun() throws Exception {
		return this.support.startRunOnPage(this.program, this.committee);
	}

	@Test
	void theCommitteeRunsTheMatcherAndReviewsTheProposals() throws Exception {
		this.mvc.perform(get("/programs/" + this.program.id() + "/matching").cookie(this.committee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Run matching"), containsString("No run yet"))));
		String run = startRun();
		this.mvc.perform(get("/matching-runs/" + run).cookie(this.committee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(this.mentor.name()), containsString(this.mentee.name()),
					containsString("Publish: start 1 pairings"), containsString("Runs of the program"))));
	}

	@Test
	void pinningAnotherMentorStartsANewDraftThatKeepsThePin() throws Exception {
		String run = startRun();
		this.mvc
			.perform(get("/matching-runs/" + run + "/swap").param("menteeId", this.mentee.id().toString())
				.cookie(this.committee))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.other.name())));
		String next = this.mvc
			.perform(post("/matching-runs/" + run + "/pin").param("mentorId", this.other.id().toString())
				.param("menteeId", this.mentee.id().toString())
				.cookie(this.committee)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/matching-runs/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(next).doesNotEndWith(run);
		this.mvc.perform(get(next).cookie(this.committee))
			.andExpect(content().string(allOf(containsString("pinned"), containsString("Compared with the run before"),
					containsString("Pinned: " + this.other.name()))));
		this.mvc
			.perform(post("/matching-runs/" + run + "/forbid").param("mentorId", this.mentee.id().toString())
				.param("menteeId", this.mentee.id().toString())
				.cookie(this.committee)
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("That did not work")));
	}

	@Test
	void publishingFromThePageStartsThePairings() throws Exception {
		String run = startRun();
		this.mvc.perform(post("/matching-runs/" + run + "/publish").cookie(this.committee).with(csrf()))
			.andExpect(redirectedUrlPattern("/programs/*/pairings"));
		assertThat(this.support.activePairings(this.program)).isEqualTo(1);
		this.mvc.perform(post("/matching-runs/" + run + "/publish").cookie(this.committee).with(csrf()))
			.andExpect(content().string(containsString("not a draft")));
	}

	@Test
	void mentorsAndStrangersMayNotMatch() throws Exception {
		Cookie mentor = this.support.signIn(this.mentor);
		this.mvc.perform(get("/programs/" + this.program.id() + "/matching").cookie(mentor))
			.andExpect(status().isForbidden());
		String run = startRun();
		this.mvc.perform(get("/matching-runs/" + run).cookie(mentor)).andExpect(status().isForbidden());
		Cookie stranger = this.support.signIn(this.support.person("Sam Stranger"));
		this.mvc.perform(get("/matching-runs/" + run).cookie(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(get("/matching-runs/" + UUID.randomUUID()).cookie(this.committee))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/programs/" + this.program.id() + "/matching")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theCommitteeSavesTheSettingsAndSeesErrors() throws Exception {
		String path = "/programs/" + this.program.id() + "/matching/settings";
		this.mvc.perform(get(path).cookie(this.committee))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Never pair former partners again")));
		this.mvc
			.perform(post(path).cookie(this.committee)
				.with(csrf())
				.param("weight-EXPERTISE_OVERLAP", "11")
				.param("objective", "HIGHEST_SCORE")
				.param("departmentMode", "SAME")
				.param("maxPreferences", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be REQUIRED or a weight from 0 to 10")));
		assertThat(this.jdbc.sql("select count(*) from matching_settings where program_id = :id")
			.param("id", this.program.id().value())
			.query(Integer.class)
			.single()).isZero();
		var request = post(path).cookie(this.committee)
			.with(csrf())
			.param("objective", "HIGHEST_SCORE")
			.param("departmentMode", "SAME")
			.param("maxPreferences", "3")
			.param("excludeFormerPartners", "true");
		for (Criterion criterion : Criterion.values()) {
			request = request.param("weight-" + criterion.name(), criterion == Criterion.LANGUAGES ? "REQUIRED" : "4");
		}
		this.mvc.perform(request).andExpect(redirectedUrlPattern("/programs/*/matching"));
		this.mvc.perform(get(path).cookie(this.committee))
			.andExpect(content().string(allOf(containsString("value=\"REQUIRED\" selected"),
					containsString("value=\"HIGHEST_SCORE\" selected"))));
		this.mvc.perform(get(path).cookie(this.support.signIn(this.mentor))).andExpect(status().isForbidden());
	}

	@Test
	void menteesRankMentorsAndMistakesAreShown() throws Exception {
		Cookie mentee = this.support.signIn(this.mentee);
		String path = "/programs/" + this.program.id() + "/preferences";
		this.mvc.perform(get(path).cookie(mentee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(this.mentor.name()), containsString("Archives"))));
		this.mvc
			.perform(post(path).cookie(mentee)
				.with(csrf())
				.param("choice1", this.other.id().toString())
				.param("choice2", this.other.id().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("names someone you ranked already")));
		this.mvc.perform(post(path).cookie(mentee).with(csrf()).param("choice1", this.mentee.id().toString()))
			.andExpect(content().string(containsString("must be one of the people listed")));
		this.mvc
			.perform(post(path).cookie(mentee)
				.with(csrf())
				.param("choice1", this.other.id().toString())
				.param("choice2", this.mentor.id().toString()))
			.andExpect(redirectedUrlPattern("/programs/*/preferences"));
		assertThat(this.jdbc.sql("""
				select candidate_id from matching_preference where person_id = :id order by rank
				""").param("id", this.mentee.id().value()).query(UUID.class).list())
			.containsExactly(this.other.id().value(), this.mentor.id().value());
		this.mvc.perform(get(path).cookie(this.support.signIn(this.support.person("Sam Stranger"))))
			.andExpect(status().isNotFound());
	}

}
