package org.tandem.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two drafts of one program published at the same moment: one wins, the other finds
 * itself discarded (409), and nothing deadlocks into a 500.
 */
@IntegrationTest
class PublishRaceTests {

	private static final int ROUNDS = 6;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Fixtures fixtures;

	@Test
	void twoDraftsPublishedTogetherStartOnlyOneOfThem() throws Exception {
		MatchingTestSupport support = new MatchingTestSupport(this.mvc, this.jdbc, this.programs, this.fixtures);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < ROUNDS; round++) {
				Program program = support.program();
				String committee = support.token(support.committee(program));
				Person cataloguer = support.mentor(program, 1, "Cataloguing");
				Person teacher = support.mentor(program, 1, "Teaching");
				Person wantsCataloguing = support.mentee(program, "cataloguing");
				Person wantsTeaching = support.mentee(program, "teaching");
				// two drafts with no pair in common, so that only the program can make
				// them exclude each other
				String onlyCataloguer = draft(committee, program, teacher, wantsCataloguing, teacher, wantsTeaching);
				String onlyTeacher = draft(committee, program, cataloguer, wantsCataloguing, cataloguer, wantsTeaching);
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<Integer>> publishes = new ArrayList<>();
				for (String run : List.of(onlyCataloguer, onlyTeacher)) {
					publishes.add(pool.submit(() -> {
						start.await();
						return this.mvc
							.perform(post("/api/v1/matching-runs/" + run + "/publish").header(HttpHeaders.AUTHORIZATION,
									committee))
							.andReturn()
							.getResponse()
							.getStatus();
					}));
				}
				List<Integer> statuses = new ArrayList<>();
				for (Future<Integer> publish : publishes) {
					statuses.add(publish.get());
				}
				assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);
				assertThat(support.activePairings(program)).as("round " + round).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String draft(String committee, Program program, Person mentor1, Person mentee1, Person mentor2,
			Person mentee2) throws Exception {
		String body = "{\"forbid\": [[\"" + mentor1.id() + "\", \"" + mentee1.id() + "\"], [\"" + mentor2.id()
				+ "\", \"" + mentee2.id() + "\"]]}";
		String json = this.mvc
			.perform(post("/api/v1/programs/" + program.id() + "/matching-runs")
				.header(HttpHeaders.AUTHORIZATION, committee)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<List<Object>>read(json, "$.proposals")).hasSize(1);
		return JsonPath.read(json, "$.id");
	}

}
