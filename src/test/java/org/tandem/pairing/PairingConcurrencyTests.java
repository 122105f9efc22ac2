package org.tandem.pairing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
 * The mentor's capacity holds when many pairing requests arrive at once.
 */
@IntegrationTest
class PairingConcurrencyTests {

	private static final int REQUESTS = 8;

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

	@Test
	void concurrentRequestsNeverTakeAMentorPastTheirCapacity() throws Exception {
		PairingTestSupport support = new PairingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings,
				this.fixtures);
		Program program = support.program();
		Person mentor = support.mentor(program, 2);
		String committee = support.token(support.committee(program));
		List<Person> mentees = new ArrayList<>();
		for (int i = 0; i < REQUESTS; i++) {
			mentees.add(support.mentee(program));
		}
		CountDownLatch ready = new CountDownLatch(REQUESTS);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (Person mentee : mentees) {
				Callable<Integer> request = () -> {
					ready.countDown();
					go.await();
					return this.mvc
						.perform(post("/api/v1/programs/" + program.id() + "/pairings")
							.header(HttpHeaders.AUTHORIZATION, committee)
							.contentType(MediaType.APPLICATION_JSON)
							.content(PairingStartApiTests.body(mentor, mentee)))
						.andReturn()
						.getResponse()
						.getStatus();
				};
				answers.add(pool.submit(request));
			}
			assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS));
			}
			assertThat(statuses).filteredOn((status) -> status == 201).hasSize(2);
			assertThat(statuses).filteredOn((status) -> status == 409).hasSize(REQUESTS - 2);
		}
		finally {
			pool.shutdownNow();
		}
		long active = this.jdbc.sql("select count(*) from pairing where mentor_id = :mentor and status = 'ACTIVE'")
			.param("mentor", mentor.id().value())
			.query(Long.class)
			.single();
		assertThat(active).isEqualTo(2);
	}

}
