package org.tandem.goal;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Setting, reading and changing goals and commenting on them through the API: the pair's
 * happy paths, including the mentor's own learning goals and goals set for the partner.
 */
@IntegrationTest
class GoalApiTests {

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
	void theMenteeSetsACareerGoalOfTheirOwn() throws Exception {
		String target = PairWorld.today().plusMonths(6).toString();
		String location = send(post(goalsPath()), this.world.mentee,
				"""
						{"title": "Lead a workshop", "description": "On research data management", "targetOn": "%s"}"""
					.formatted(target))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.pairingId").value(this.world.pairing.id().toString()))
			.andExpect(jsonPath("$.ownerId").value(id(this.world.mentee)))
			.andExpect(jsonPath("$.title").value("Lead a workshop"))
			.andExpect(jsonPath("$.description").value("On research data management"))
			.andExpect(jsonPath("$.targetOn").value(target))
			.andExpect(jsonPath("$.progress").value(0))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.milestones", hasSize(0)))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
		send(get(location), this.world.mentor, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Lead a workshop"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
	}

	@Test
	void theMentorSetsALearningGoalOfTheirOwnAndOneForTheMentee() throws Exception {
		send(post(goalsPath()), this.world.mentor, "{\"title\": \"Learn how newcomers see our catalogue\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerId").value(id(this.world.mentor)))
			.andExpect(jsonPath("$.description").isEmpty())
			.andExpect(jsonPath("$.targetOn").isEmpty());
		send(post(goalsPath()), this.world.mentor,
				"{\"title\": \"Draft a sabbatical proposal\", \"ownerId\": \"" + id(this.world.mentee) + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerId").value(id(this.world.mentee)));
		send(get(goalsPath()), this.world.mentee, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(50))
			.andExpect(jsonPath("$.items[0].title").value("Learn how newcomers see our catalogue"))
			.andExpect(jsonPath("$.items[1].title").value("Draft a sabbatical proposal"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
		send(get(goalsPath() + "?page=1&size=1"), this.world.mentor, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].title").value("Draft a sabbatical proposal"));
	}

	@Test
	void eitherMemberChangesAGoalOfThePair() throws Exception {
		String goal = goal(this.world.mentee, "Publish a first article");
		send(patch("/api/v1/goals/" + goal), this.world.mentor, """
				{"progress": 40, "milestones": [{"title": "Pick a journal", "done": true}, {"title": "Write a draft"}],
				 "description": "Our plan for the spring"}""").andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Publish a first article"))
			.andExpect(jsonPath("$.description").value("Our plan for the spring"))
			.andExpect(jsonPath("$.progress").value(40))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.milestones[0].title").value("Pick a journal"))
			.andExpect(jsonPath("$.milestones[0].done").value(true))
			.andExpect(jsonPath("$.milestones[1].title").value("Write a draft"))
			.andExpect(jsonPath("$.milestones[1].done").value(false));
		String target = PairWorld.today().plusMonths(2).toString();
		send(patch("/api/v1/goals/" + goal), this.world.mentee,
				"{\"title\": \"Publish an article\", \"targetOn\": \"" + target + "\", \"description\": \"\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Publish an article"))
			.andExpect(jsonPath("$.description").isEmpty())
			.andExpect(jsonPath("$.targetOn").value(target))
			.andExpect(jsonPath("$.progress").value(40))
			.andExpect(jsonPath("$.milestones", hasSize(2)));
		// left out, the date stays; null removes it
		send(patch("/api/v1/goals/" + goal), this.world.mentee, "{\"progress\": 50}")
			.andExpect(jsonPath("$.targetOn").value(target));
		send(patch("/api/v1/goals/" + goal), this.world.mentee, "{\"targetOn\": null}").andExpect(status().isOk())
			.andExpect(jsonPath("$.targetOn").isEmpty())
			.andExpect(jsonPath("$.progress").value(50));
	}

	@Test
	void markingAGoalAchievedCompletesItsProgressUnlessTheChangeSaysOtherwise() throws Exception {
		String goal = goal(this.world.mentee, "Join a committee");
		send(patch("/api/v1/goals/" + goal), this.world.mentee, "{\"status\": \"ACHIEVED\"}").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACHIEVED"))
			.andExpect(jsonPath("$.progress").value(100));
		String other = goal(this.world.mentor, "Mentor a second person");
		send(patch("/api/v1/goals/" + other), this.world.mentee, "{\"status\": \"DROPPED\", \"progress\": 20}")
			.andExpect(jsonPath("$.status").value("DROPPED"))
			.andExpect(jsonPath("$.progress").value(20));
		send(patch("/api/v1/goals/" + other), this.world.mentor, "{\"status\": \"ACHIEVED\", \"progress\": 90}")
			.andExpect(jsonPath("$.status").value("ACHIEVED"))
			.andExpect(jsonPath("$.progress").value(90));
		send(patch("/api/v1/goals/" + goal), this.world.mentor, "{\"status\": \"OPEN\"}")
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.progress").value(100));
	}

	@Test
	void bothMembersCommentOnAGoalAndReadTheCommentsNewestFirst() throws Exception {
		String goal = goal(this.world.mentee, "Present at the regional conference");
		send(post("/api/v1/goals/" + goal + "/comments"), this.world.mentor,
				"{\"body\": \"Start with a poster; the deadline is in March.\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.goalId").value(goal))
			.andExpect(jsonPath("$.authorId").value(id(this.world.mentor)))
			.andExpect(jsonPath("$.body").value("Start with a poster; the deadline is in March."))
			.andExpect(jsonPath("$.createdAt").isNotEmpty())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
		send(post("/api/v1/goals/" + goal + "/comments"), this.world.mentee, "{\"body\": \"Poster it is.\"}")
			.andExpect(status().isCreated());
		send(get("/api/v1/goals/" + goal + "/comments"), this.world.mentee, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].body").value("Poster it is."))
			.andExpect(jsonPath("$.items[0].authorId").value(id(this.world.mentee)))
			.andExpect(jsonPath("$.items[1].body").value("Start with a poster; the deadline is in March."))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")));
		send(get("/api/v1/goals/" + goal + "/comments?page=1&size=1"), this.world.mentor, null)
			.andExpect(jsonPath("$.items[0].body").value("Start with a poster; the deadline is in March."));
	}

	@Test
	void aClosedPairingsGoalsStayReadableButTakeNoChanges() throws Exception {
		String goal = goal(this.world.mentee, "Finish the certificate");
		send(post("/api/v1/goals/" + goal + "/comments"), this.world.mentor, "{\"body\": \"Well done so far.\"}")
			.andExpect(status().isCreated());
		this.world.close(this.world.mentor, "The year is over.");
		send(get(goalsPath()), this.world.mentee, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].title").value("Finish the certificate"));
		send(get("/api/v1/goals/" + goal), this.world.mentor, null).andExpect(status().isOk());
		send(get("/api/v1/goals/" + goal + "/comments"), this.world.mentee, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].body").value("Well done so far."));
		send(post(goalsPath()), this.world.mentee, "{\"title\": \"Another one\"}").andExpect(status().isConflict());
		send(patch("/api/v1/goals/" + goal), this.world.mentee, "{\"progress\": 90}").andExpect(status().isConflict());
		send(post("/api/v1/goals/" + goal + "/comments"), this.world.mentor, "{\"body\": \"One more thing\"}")
			.andExpect(status().isConflict());
		// outsiders still learn nothing, not even that it is closed
		send(patch("/api/v1/goals/" + goal), this.world.committee, "{\"progress\": 90}")
			.andExpect(status().isNotFound());
		send(post(goalsPath()), this.world.admin, "{\"title\": \"Another one\"}").andExpect(status().isNotFound());
	}

	private String goal(Person by, String title) throws Exception {
		return this.api.goal(by, "{\"title\": \"" + title + "\"}");
	}

	private String goalsPath() {
		return this.api.goalsPath();
	}

	private ResultActions send(MockHttpServletRequestBuilder request, Person person, @Nullable String json)
			throws Exception {
		return this.api.send(request, person, json);
	}

	private static String id(Person person) {
		return GoalApiTestSupport.id(person);
	}

}
