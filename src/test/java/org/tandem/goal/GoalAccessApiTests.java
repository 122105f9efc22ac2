package org.tandem.goal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Goals and their comments are the pair's: the program's committee, an administrator,
 * another pair and a stranger get 404 from every goal endpoint, read nothing and change
 * nothing; without a token it is 401.
 */
@IntegrationTest
class GoalAccessApiTests {

	private static final String SECRET = "Wants to move to another library";

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	GoalApiTestSupport api;

	String goal;

	@BeforeEach
	void setUp() throws Exception {
		this.world = this.worlds.create();
		this.api = new GoalApiTestSupport(this.world);
		this.goal = this.api.goal(this.world.mentee,
				"{\"title\": \"" + SECRET + "\", \"description\": \"" + SECRET + " soon\"}");
		this.api.send(post("/api/v1/goals/" + this.goal + "/comments"), this.world.mentor,
				"{\"body\": \"" + SECRET + ", says the mentor\"}");
	}

	@Test
	void everyoneOutsideThePairGets404FromEveryGoalEndpoint() throws Exception {
		List<Person> outsiders = List.of(this.world.committee, this.world.admin, this.world.otherMentor,
				this.world.otherMentee, this.world.stranger);
		for (Person outsider : outsiders) {
			for (Request request : requests()) {
				this.api.send(request.builder(), outsider, request.json())
					.andExpect(status().isNotFound())
					.andExpect(content().string(not(containsString(SECRET))));
			}
		}
		this.api.send(get("/api/v1/goals/" + this.goal), this.world.mentee, null)
			.andExpect(jsonPath("$.title").value(SECRET))
			.andExpect(jsonPath("$.progress").value(0));
		this.api.send(get("/api/v1/goals/" + this.goal + "/comments"), this.world.mentee, null)
			.andExpect(jsonPath("$.total").value(1));
		assertThat(count("goal")).isOne();
	}

	@Test
	void anotherPairsMembersCannotReachTheGoalThroughTheirOwnPairing() throws Exception {
		String own = "/api/v1/pairings/" + this.world.otherPairing.id() + "/goals";
		this.api.send(get(own), this.world.otherMentor, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0));
		this.api
			.send(post(own), this.world.otherMentor,
					"{\"title\": \"Theirs\", \"ownerId\": \"" + GoalApiTestSupport.id(this.world.mentee) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("ownerId"));
	}

	@Test
	void withoutATokenEveryGoalEndpointAnswers401() throws Exception {
		for (Request request : requests()) {
			MockHttpServletRequestBuilder builder = request.builder();
			if (request.json() != null) {
				builder.contentType(MediaType.APPLICATION_JSON).content(request.json());
			}
			this.mvc.perform(builder)
				.andExpect(status().isUnauthorized())
				.andExpect(content().string(not(containsString(SECRET))));
		}
	}

	private List<Request> requests() {
		String goalPath = "/api/v1/goals/" + this.goal;
		return List.of(new Request(post(this.api.goalsPath()), "{\"title\": \"Planted by an outsider\"}"),
				new Request(get(this.api.goalsPath()), null), new Request(get(goalPath), null),
				new Request(patch(goalPath), "{\"progress\": 99, \"status\": \"DROPPED\"}"),
				new Request(post(goalPath + "/comments"), "{\"body\": \"Planted by an outsider\"}"),
				new Request(get(goalPath + "/comments"), null));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where pairing_id = :pairing")
			.param("pairing", this.world.pairing.id().value())
			.query(Long.class)
			.single();
	}

	record Request(MockHttpServletRequestBuilder builder, @Nullable String json) {

	}

}
