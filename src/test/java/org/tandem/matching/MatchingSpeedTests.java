package org.tandem.matching;

import java.util.List;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A program of 300 participants goes from the button to the review page without a query
 * per participant. The bound is generous (the machine is shared); the time is printed.
 */
@IntegrationTest
class MatchingSpeedTests {

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
	void threeHundredParticipantsAreMatchedAndReviewedQuickly() throws Exception {
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
		for (int round = 0; round < 3; round++) {
			long start = System.nanoTime();
			String location = this.mvc
				.perform(post("/programs/" + program.id() + "/matching-runs").cookie(committee).with(csrf()))
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			long posted = System.nanoTime();
			this.mvc.perform(get(location).cookie(committee)).andExpect(status().isOk());
			System.out.println("run " + (posted - start) / 1_000_000 + " ms, review "
					+ (System.nanoTime() - posted) / 1_000_000 + " ms");
			long millis = (System.nanoTime() - start) / 1_000_000;
			System.out.println("Matching 300 participants, button to review page: " + millis + " ms");
			assertThat(millis).isLessThan(5000);
		}
	}

}
