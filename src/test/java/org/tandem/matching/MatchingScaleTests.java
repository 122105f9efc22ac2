package org.tandem.matching;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A program of 300 participants goes from the button to a complete review page. How long
 * that takes is measured by {@code bench/matching-run.sh}, not here.
 */
@IntegrationTest
class MatchingScaleTests {

	static final String[] TOPICS = { "archives", "teaching", "grants", "metadata", "reference", "outreach" };

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	People people;

	@Autowired
	Fixtures fixtures;

	@Test
	void threeHundredParticipantsAreMatchedAndReviewed() throws Exception {
		MatchingTestSupport support = new MatchingTestSupport(this.mvc, this.jdbc, this.programs, this.fixtures);
		Program program = support.program();
		Cookie committee = support.signIn(support.committee(program));
		for (int i = 0; i < 300; i++) {
			Person person = this.people.create(Fixtures.uniqueEmail("speed" + i), "Speedy " + i);
			List<String> topics = List.of(TOPICS[i % TOPICS.length], TOPICS[(i / 7) % TOPICS.length]);
			boolean mentor = i % 2 == 0;
			this.programs.enroll(program.id(), person.id().value(), mentor ? Role.MENTOR : Role.MENTEE, 1 + i % 3,
					new Participant.Profile(mentor ? topics : List.of(), mentor ? List.of() : topics, null,
							List.of("WALKING"), "Main", List.of("English")));
		}
		String location = this.mvc
			.perform(post("/programs/" + program.id() + "/matching-runs").cookie(committee).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/matching-runs/");
		UUID run = UUID.fromString(location.substring("/matching-runs/".length()));
		// 150 mentors with capacities 1 to 3 and shared formats, location and language:
		// every
		// one of the 150 mentees is placed.
		assertThat(this.jdbc.sql("select count(*) from matching_proposal where run_id = ?")
			.param(run)
			.query(Long.class)
			.single()).isEqualTo(150L);
		this.mvc.perform(get(location).cookie(committee))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Speedy 299")));
	}

}
