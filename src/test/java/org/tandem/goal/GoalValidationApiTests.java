package org.tandem.goal;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the goals API refuses, with 400 and every field at fault, and that a refused
 * change changes nothing.
 */
@IntegrationTest
class GoalValidationApiTests {

	@Autowired
	PairWorlds worlds;

	PairWorld world;

	GoalApiTestSupport api;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new GoalApiTestSupport(this.world);
	}

	@Test
	void aNewGoalNeedsATitleOfAtMost200Characters() throws Exception {
		create("{\"title\": \"   \"}").andExpect(jsonPath("$.errors[0].field").value("title"));
		create("{}").andExpect(jsonPath("$.errors[0].field").value("title"));
		create("{\"title\": \"" + "t".repeat(201) + "\"}").andExpect(jsonPath("$.errors[0].field").value("title"));
		this.api.goal(this.world.mentee, "{\"title\": \"" + "t".repeat(200) + "\"}");
	}

	@Test
	void aDescriptionHasAtMost5000Characters() throws Exception {
		create("{\"title\": \"Write\", \"description\": \"" + "d".repeat(5001) + "\"}")
			.andExpect(jsonPath("$.errors[0].field").value("description"));
		this.api.goal(this.world.mentee, "{\"title\": \"Write\", \"description\": \"" + "d".repeat(5000) + "\"}");
	}

	@Test
	void aTargetDateIsADateNotBeforeThePairingStarted() throws Exception {
		create("{\"title\": \"Write\", \"targetOn\": \"2026-02-30\"}")
			.andExpect(jsonPath("$.errors[0].field").value("targetOn"));
		create("{\"title\": \"Write\", \"targetOn\": \"next spring\"}")
			.andExpect(jsonPath("$.errors[0].field").value("targetOn"));
		create("{\"title\": \"Write\", \"targetOn\": \"" + this.world.pairing.startedOn().minusDays(1) + "\"}")
			.andExpect(jsonPath("$.errors[0].field").value("targetOn"));
		create("{\"title\": \"Write\", \"targetOn\": \"" + PairWorld.today().plusYears(11) + "\"}")
			.andExpect(jsonPath("$.errors[0].field").value("targetOn"));
		// a target already past is fine: goals are reached late
		this.api.goal(this.world.mentee,
				"{\"title\": \"Write\", \"targetOn\": \"" + this.world.pairing.startedOn() + "\"}");
	}

	@Test
	void theOwnerIsTheMentorOrTheMentee() throws Exception {
		for (String owner : new String[] { GoalApiTestSupport.id(this.world.stranger),
				GoalApiTestSupport.id(this.world.otherMentee), GoalApiTestSupport.id(this.world.committee),
				"00000000-0000-0000-0000-000000000000" }) {
			create("{\"title\": \"Write\", \"ownerId\": \"" + owner + "\"}")
				.andExpect(jsonPath("$.errors[0].field").value("ownerId"));
		}
		create("{\"title\": \"Write\", \"ownerId\": \"not-an-id\"}")
			.andExpect(jsonPath("$.errors[0].field").value("ownerId"));
	}

	@Test
	void everyBrokenFieldIsNamedAtOnceAndUnknownFieldsAreRefused() throws Exception {
		create("{\"title\": \"\", \"description\": \"" + "d".repeat(5001) + "\", \"ownerId\": \""
				+ GoalApiTestSupport.id(this.world.stranger) + "\"}")
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "description", "ownerId")));
		create("{\"title\": \"Write\", \"status\": \"OPEN\"}").andExpect(jsonPath("$.errors[0].field").value("status"));
		create("{\"title\": \"Write\", \"milestones\": []}")
			.andExpect(jsonPath("$.errors[0].field").value("milestones"));
		this.api.send(get(this.api.goalsPath()), this.world.mentee, null).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void aChangeKeepsProgressBetween0And100AndStatusToTheThreeKnown() throws Exception {
		String goal = this.api.goal(this.world.mentee, "{\"title\": \"Apply for promotion\"}");
		change(goal, "{\"progress\": 101}").andExpect(jsonPath("$.errors[0].field").value("progress"));
		change(goal, "{\"progress\": -1}").andExpect(jsonPath("$.errors[0].field").value("progress"));
		change(goal, "{\"progress\": \"half\"}").andExpect(jsonPath("$.errors[0].field").value("progress"));
		change(goal, "{\"status\": \"DONE\"}").andExpect(jsonPath("$.errors[0].field").value("status"));
		change(goal, "{\"status\": \"achieved\"}").andExpect(jsonPath("$.errors[0].field").value("status"));
		change(goal, "{\"title\": \" \"}").andExpect(jsonPath("$.errors[0].field").value("title"));
		change(goal, "{\"targetOn\": \"2026-13-01\"}").andExpect(jsonPath("$.errors[0].field").value("targetOn"));
		change(goal, "{\"ownerId\": \"" + GoalApiTestSupport.id(this.world.mentor) + "\"}")
			.andExpect(jsonPath("$.errors[0].field").value("ownerId"));
		change(goal, "{\"progress\": 100, \"status\": \"FINISHED\", \"title\": \"\"}")
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("status", "title")));
		this.api.send(get("/api/v1/goals/" + goal), this.world.mentee, null)
			.andExpect(jsonPath("$.title").value("Apply for promotion"))
			.andExpect(jsonPath("$.progress").value(0))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.ownerId").value(GoalApiTestSupport.id(this.world.mentee)));
	}

	@Test
	void aGoalHasAtMost30MilestonesEachWithATitleOfAtMost200Characters() throws Exception {
		String goal = this.api.goal(this.world.mentor, "{\"title\": \"Learn to teach online\"}");
		change(goal, "{\"milestones\": [" + milestones(31) + "]}")
			.andExpect(jsonPath("$.errors[0].field").value("milestones"));
		change(goal, "{\"milestones\": [{\"title\": \"Fine\"}, {\"title\": \" \", \"done\": true}]}")
			.andExpect(jsonPath("$.errors[0].field").value("milestones.1.title"));
		change(goal, "{\"milestones\": [{\"done\": true}]}")
			.andExpect(jsonPath("$.errors[0].field").value("milestones.0.title"));
		change(goal, "{\"milestones\": [{\"title\": \"" + "m".repeat(201) + "\"}]}")
			.andExpect(jsonPath("$.errors[0].field").value("milestones.0.title"));
		change(goal, "{\"milestones\": [{\"title\": \"Fine\", \"due\": \"2026-01-01\"}]}")
			.andExpect(jsonPath("$.errors[0].field").value("due"));
		change(goal, "{\"milestones\": [{\"title\": \"Fine\", \"done\": \"perhaps\"}]}")
			.andExpect(status().isBadRequest());
		this.api.send(get("/api/v1/goals/" + goal), this.world.mentor, null)
			.andExpect(jsonPath("$.milestones", hasSize(0)));
		this.api.send(patch("/api/v1/goals/" + goal), this.world.mentor, "{\"milestones\": [" + milestones(30) + "]}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.milestones", hasSize(30)));
		// an empty list clears them
		this.api.send(patch("/api/v1/goals/" + goal), this.world.mentor, "{\"milestones\": []}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.milestones", hasSize(0)));
	}

	@Test
	void aCommentHasABodyOfAtMost5000Characters() throws Exception {
		String goal = this.api.goal(this.world.mentee, "{\"title\": \"Apply for promotion\"}");
		String secret = "a remark only for the pair";
		for (String body : new String[] { "{\"body\": \"  \"}", "{}", "{\"body\": \"" + "b".repeat(5001) + "\"}",
				"{\"body\": \"" + secret + "\", \"private\": true}", "not json" }) {
			this.api.send(post("/api/v1/goals/" + goal + "/comments"), this.world.mentor, body)
				.andExpect(status().isBadRequest())
				.andExpect(content().string(not(containsString(secret))));
		}
		this.api.send(get("/api/v1/goals/" + goal + "/comments"), this.world.mentee, null)
			.andExpect(jsonPath("$.total").value(0));
		this.api
			.send(post("/api/v1/goals/" + goal + "/comments"), this.world.mentor,
					"{\"body\": \"" + "b".repeat(5000) + "\"}")
			.andExpect(status().isCreated());
	}

	@Test
	void aPageIsAtMost200GoalsOrComments() throws Exception {
		this.api.send(get(this.api.goalsPath() + "?size=201"), this.world.mentee, null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		String goal = this.api.goal(this.world.mentee, "{\"title\": \"Apply for promotion\"}");
		this.api.send(get("/api/v1/goals/" + goal + "/comments?page=-1"), this.world.mentee, null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void aMalformedOrUnknownGoalIdIsNotFound() throws Exception {
		for (String goal : new String[] { "not-a-goal", "00000000-0000-0000-0000-000000000000" }) {
			this.api.send(get("/api/v1/goals/" + goal), this.world.mentee, null).andExpect(status().isNotFound());
			this.api.send(patch("/api/v1/goals/" + goal), this.world.mentee, "{\"progress\": 10}")
				.andExpect(status().isNotFound());
			this.api.send(get("/api/v1/goals/" + goal + "/comments"), this.world.mentee, null)
				.andExpect(status().isNotFound());
		}
	}

	private ResultActions create(String json) throws Exception {
		return this.api.send(post(this.api.goalsPath()), this.world.mentee, json).andExpect(status().isBadRequest());
	}

	private ResultActions change(String goal, String json) throws Exception {
		return this.api.send(patch("/api/v1/goals/" + goal), this.world.mentee, json)
			.andExpect(status().isBadRequest());
	}

	private static String milestones(int count) {
		return IntStream.range(0, count)
			.mapToObj((i) -> "{\"title\": \"Step " + i + "\", \"done\": " + (i % 2 == 0) + "}")
			.collect(Collectors.joining(","));
	}

}
