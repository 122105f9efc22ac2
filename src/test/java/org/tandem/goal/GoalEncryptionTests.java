package org.tandem.goal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
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
 * A goal's texts are stored only as ciphertext, bound to their row: nothing of the title,
 * description, milestones or comments is readable in the database, and a ciphertext
 * copied in from another pair's goal is withheld instead of decrypted.
 */
@IntegrationTest
class GoalEncryptionTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	GoalApiTestSupport api;

	String sentinel;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new GoalApiTestSupport(this.world);
		this.sentinel = "Sentinel" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void noTextOfAGoalOrItsCommentsIsStoredInPlain() throws Exception {
		String goal = this.api.goal(this.world.mentee,
				"{\"title\": \"" + this.sentinel + " title\", \"description\": \"" + this.sentinel + " description\"}");
		this.api
			.send(patch("/api/v1/goals/" + goal), this.world.mentor,
					"{\"milestones\": [{\"title\": \"" + this.sentinel + " milestone\", \"done\": true}]}")
			.andExpect(status().isOk());
		this.api
			.send(post("/api/v1/goals/" + goal + "/comments"), this.world.mentor,
					"{\"body\": \"" + this.sentinel + " comment\"}")
			.andExpect(status().isCreated());

		List<String> rows = this.jdbc.sql("select g::text from goal g where pairing_id = :pairing")
			.param("pairing", this.world.pairing.id().value())
			.query(String.class)
			.list();
		rows.addAll(this.jdbc.sql("select c::text from goal_comment c where pairing_id = :pairing")
			.param("pairing", this.world.pairing.id().value())
			.query(String.class)
			.list());
		assertThat(rows).hasSize(2).noneMatch((row) -> row.toLowerCase().contains(this.sentinel.toLowerCase()));
		Map<String, Object> stored = this.jdbc
			.sql("select title_enc, description_enc, milestones_enc from goal where id = :id")
			.param("id", UUID.fromString(goal))
			.query()
			.singleRow();
		assertThat(stored.values()).allSatisfy((value) -> assertThat((String) value).startsWith("v2:"));
		assertThat(this.jdbc.sql("select body_enc from goal_comment where goal_id = :id")
			.param("id", UUID.fromString(goal))
			.query(String.class)
			.single()).startsWith("v2:");

		this.api.send(get("/api/v1/goals/" + goal), this.world.mentee, null)
			.andExpect(jsonPath("$.title").value(this.sentinel + " title"))
			.andExpect(jsonPath("$.description").value(this.sentinel + " description"))
			.andExpect(jsonPath("$.milestones[0].title").value(this.sentinel + " milestone"));
	}

	@Test
	void textsCopiedFromAnotherPairsGoalAreWithheld() throws Exception {
		String victimGoal = goalOf(this.world.pairing.id().value().toString(), this.world, true);
		String ownGoal = goalOf(this.world.otherPairing.id().value().toString(), this.world, false);
		String victimComment = comment(victimGoal, true);
		String ownComment = comment(ownGoal, false);
		this.jdbc.sql("""
				update goal set title_enc = v.title_enc, description_enc = v.description_enc,
				    milestones_enc = v.milestones_enc
				from goal v where v.id = :victim and goal.id = :own""")
			.param("victim", UUID.fromString(victimGoal))
			.param("own", UUID.fromString(ownGoal))
			.update();
		this.jdbc
			.sql("update goal_comment set body_enc = (select body_enc from goal_comment where id = :victim)"
					+ " where id = :own")
			.param("victim", UUID.fromString(victimComment))
			.param("own", UUID.fromString(ownComment))
			.update();

		this.api.send(get("/api/v1/goals/" + ownGoal), this.world.otherMentor, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").isEmpty())
			.andExpect(jsonPath("$.description").isEmpty())
			.andExpect(jsonPath("$.milestones", hasSize(0)))
			.andExpect(content().string(not(containsString(this.sentinel))));
		this.api.send(get("/api/v1/goals/" + ownGoal + "/comments"), this.world.otherMentee, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].body").isEmpty())
			.andExpect(content().string(not(containsString(this.sentinel))));
		// a change of the tampered goal keeps its unreadable title rather than failing
		this.api.send(patch("/api/v1/goals/" + ownGoal), this.world.otherMentor, "{\"progress\": 10}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.progress").value(10));
		this.api.send(get("/api/v1/goals/" + victimGoal), this.world.mentee, null)
			.andExpect(jsonPath("$.title").value(this.sentinel + " title"))
			.andExpect(jsonPath("$.milestones[0].title").value(this.sentinel + " milestone"));
	}

	private String goalOf(String pairing, PairWorld world, boolean secret) throws Exception {
		String text = secret ? this.sentinel : "Ours";
		String body = this.api
			.send(post("/api/v1/pairings/" + pairing + "/goals"), secret ? world.mentee : world.otherMentee,
					"{\"title\": \"" + text + " title\", \"description\": \"" + text + " description\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String goal = JsonPath.read(body, "$.id");
		this.api
			.send(patch("/api/v1/goals/" + goal), secret ? world.mentor : world.otherMentor,
					"{\"milestones\": [{\"title\": \"" + text + " milestone\"}]}")
			.andExpect(status().isOk());
		return goal;
	}

	private String comment(String goal, boolean secret) throws Exception {
		String body = this.api
			.send(post("/api/v1/goals/" + goal + "/comments"), secret ? this.world.mentor : this.world.otherMentor,
					"{\"body\": \"" + (secret ? this.sentinel : "Ours") + " comment\"}")
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

}
