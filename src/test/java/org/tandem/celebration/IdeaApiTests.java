package org.tandem.celebration;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Role;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The idea board in the JSON API: participants and the committee post and vote once; the
 * committee features and hides; everyone outside the program gets 404.
 */
@IntegrationTest
class IdeaApiTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ideas ideas;

	@Autowired
	MockMvc mvc;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
	}

	@Test
	void participantsPostAndVoteOnceEachAndTheListCountsTheVotes() throws Exception {
		String walk = postIdea(this.world.mentee,
				"{\"title\":\"  Walk along the river  \",\"body\":\"Every **Friday**\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Walk along the river"))
			.andExpect(jsonPath("$.body").value("Every **Friday**"))
			.andExpect(jsonPath("$.authorName").value(this.world.mentee.name()))
			.andExpect(jsonPath("$.votes").value(0))
			.andExpect(jsonPath("$.featured").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String walkId = JsonPath.read(walk, "$.id");
		String lunchId = JsonPath
			.read(postIdea(this.world.committee, "{\"title\":\"Lunch at the club\"}").andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id");
		for (Person voter : new Person[] { this.world.mentor, this.world.otherMentee, this.world.committee }) {
			vote(walkId, voter).andExpect(status().isCreated());
		}
		vote(lunchId, this.world.mentee).andExpect(status().isCreated()).andExpect(jsonPath("$.votes").value(1));
		vote(walkId, this.world.mentor).andExpect(status().isConflict());
		this.world.api(get(ideasPath()), this.world.otherMentor, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[0].id").value(walkId))
			.andExpect(jsonPath("$.items[0].votes").value(3))
			.andExpect(jsonPath("$.items[0].voted").value(false))
			.andExpect(jsonPath("$.items[1].id").value(lunchId))
			.andExpect(jsonPath("$.items[1].votes").value(1))
			.andExpect(jsonPath("$.total").value(2));
		this.world.api(get(ideasPath()), this.world.mentor, null).andExpect(jsonPath("$.items[0].voted").value(true));
		assertThat(this.jdbc.sql("select count(*) from idea_vote where idea_id = :id")
			.param("id", UUID.fromString(walkId))
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void anAuthorDoesNotVoteForTheirOwnIdea() throws Exception {
		String id = id(postIdea(this.world.mentor, "{\"title\":\"Coffee walks\"}"));
		vote(id, this.world.mentor).andExpect(status().isForbidden());
	}

	@Test
	void peopleOutsideTheProgramFindNeitherTheBoardNorItsIdeas() throws Exception {
		String id = id(postIdea(this.world.mentee, "{\"title\":\"Visit the archive\"}"));
		Program other = this.world.anotherProgram("Other program");
		Person otherCommittee = this.world.member(other, Role.COMMITTEE, "Oz Committee");
		for (Person outsider : new Person[] { this.world.stranger, otherCommittee }) {
			this.world.api(get(ideasPath()), outsider, null).andExpect(status().isNotFound());
			postIdea(outsider, "{\"title\":\"An intruder's idea\"}").andExpect(status().isNotFound());
			vote(id, outsider).andExpect(status().isNotFound());
			this.world.api(put("/api/v1/ideas/" + id + "/feature"), outsider, null).andExpect(status().isNotFound());
		}
		this.world.api(post("/api/v1/ideas/" + UUID.randomUUID() + "/votes"), this.world.mentee, null)
			.andExpect(status().isNotFound());
		this.world.api(post("/api/v1/ideas/not-an-id/votes"), this.world.mentee, null).andExpect(status().isNotFound());
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void badInputIsRefusedFieldByFieldAndWritesNothing() throws Exception {
		postIdea(this.world.mentee, "{\"title\":\"   \",\"body\":\"" + "b".repeat(2001) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "body")));
		postIdea(this.world.mentee, "{\"title\":\"" + "t".repeat(121) + "\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		postIdea(this.world.mentee, "{\"title\":\"Fine\",\"votes\":99}").andExpect(status().isBadRequest());
		postIdea(this.world.mentee, "{\"title\":\"" + "t".repeat(120) + "\",\"body\":\"" + "b".repeat(2000) + "\"}")
			.andExpect(status().isCreated());
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void theCommitteeFeaturesAndHidesIdeasAndParticipantsMayNot() throws Exception {
		String id = id(postIdea(this.world.mentee, "{\"title\":\"Walking meetings on campus\"}"));
		String rude = id(postIdea(this.world.otherMentee, "{\"title\":\"Something rude\"}"));
		for (Person participant : new Person[] { this.world.mentee, this.world.mentor }) {
			this.world.api(put("/api/v1/ideas/" + id + "/feature"), participant, null)
				.andExpect(status().isForbidden());
			this.world.api(put("/api/v1/ideas/" + rude + "/hidden"), participant, null)
				.andExpect(status().isForbidden());
		}
		this.world.api(put("/api/v1/ideas/" + id + "/feature"), this.world.committee, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.featured").value(true));
		assertThat(this.ideas.featured(this.world.program.id(), 5)).extracting(Idea::title)
			.containsExactly("Walking meetings on campus");
		this.world.api(put("/api/v1/ideas/" + rude + "/hidden"), this.world.admin, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hidden").value(true));
		this.world.api(get(ideasPath()), this.world.mentor, null)
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].title").value("Walking meetings on campus"));
		this.world.api(get(ideasPath()), this.world.committee, null)
			.andExpect(jsonPath("$.items", hasSize(2)))
			.andExpect(jsonPath("$.items[?(@.hidden == true)].title").value("Something rude"));
		vote(rude, this.world.mentor).andExpect(status().isNotFound());
		this.world.api(put("/api/v1/ideas/" + rude + "/feature"), this.world.committee, null)
			.andExpect(status().isConflict());
		this.world.api(delete("/api/v1/ideas/" + id + "/feature"), this.world.committee, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.featured").value(false));
		this.world.api(delete("/api/v1/ideas/" + rude + "/hidden"), this.world.committee, null)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.hidden").value(false));
		assertThat(this.ideas.featured(this.world.program.id(), 5)).isEmpty();
		this.world.api(get(ideasPath()), this.world.mentor, null).andExpect(jsonPath("$.items", hasSize(2)));
	}

	@Test
	void theProgramPageShowsFeaturedIdeasOnlyToThoseWhoBelongToTheProgram() throws Exception {
		String id = id(postIdea(this.world.mentee, "{\"title\":\"Lunch in town\"}"));
		this.world.api(put("/api/v1/ideas/" + id + "/feature"), this.world.committee, null).andExpect(status().isOk());
		for (Person member : new Person[] { this.world.mentor, this.world.committee }) {
			assertThat(this.ideas.featuredFor(this.world.program.id(), PairWorld.as(member), 5).get())
				.extracting(Idea::title)
				.containsExactly("Lunch in town");
		}
		assertThat(this.ideas.featuredFor(this.world.program.id(), PairWorld.ADMINISTRATOR, 5).get()).hasSize(1);
		this.jdbc.sql("update program set enrollment_open = true where id = :id")
			.param("id", this.world.program.id().value())
			.update();
		assertThat(this.ideas.featuredFor(this.world.program.id(), PairWorld.as(this.world.stranger), 5).get())
			.isEmpty();
		String programPage = "/programs/" + this.world.program.id();
		for (Person member : new Person[] { this.world.mentee, this.world.committee }) {
			assertThat(page(programPage, member)).contains("Featured ideas", "Lunch in town",
					"href=\"" + programPage + "/ideas\"", "href=\"" + programPage + "/celebration\"");
		}
		assertThat(page(programPage, this.world.stranger)).as("a visitor while enrollment is open")
			.doesNotContain("Featured ideas", "Lunch in town", programPage + "/ideas", programPage + "/celebration");
	}

	private String page(String path, Person viewer) throws Exception {
		return this.mvc.perform(get(path).cookie(this.world.signIn(viewer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void hidingAFeaturedIdeaTakesItOffTheProgramPage() throws Exception {
		String id = id(postIdea(this.world.mentee, "{\"title\":\"Lunch club\"}"));
		this.world.api(put("/api/v1/ideas/" + id + "/feature"), this.world.committee, null).andExpect(status().isOk());
		this.world.api(put("/api/v1/ideas/" + id + "/hidden"), this.world.committee, null)
			.andExpect(jsonPath("$.featured").value(false));
		assertThat(this.ideas.featured(this.world.program.id(), 5)).isEmpty();
	}

	private ResultActions postIdea(Person as, String json) throws Exception {
		return this.world.api(post(ideasPath()), as, json);
	}

	private ResultActions vote(String id, Person as) throws Exception {
		return this.world.api(post("/api/v1/ideas/" + id + "/votes"), as, null);
	}

	private String id(ResultActions created) throws Exception {
		return JsonPath.read(created.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(),
				"$.id");
	}

	private long count() {
		return this.jdbc.sql("select count(*) from idea where program_id = :program")
			.param("program", this.world.program.id().value())
			.query(Long.class)
			.single();
	}

	private String ideasPath() {
		return "/api/v1/programs/" + this.world.program.id() + "/ideas";
	}

}
