package org.tandem.activity;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A program's catalogue of suggested activities in the API: five defaults from the start,
 * read by whoever reads the program, kept by its committee and administrators.
 */
@IntegrationTest
class ActivityCatalogueApiTests {

	static final List<String> DEFAULT_TITLES = List.of("Show your mentee around", "Read the culture together",
			"Prepare for the annual review and promotion", "Build a network for professional development",
			"Plan a sabbatical or study leave");

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	ActivityWorld world;

	PairWorld pairs;

	@BeforeEach
	void setUp() {
		this.world = new ActivityWorld(this.worlds.create(), this.jdbc);
		this.pairs = this.world.pairs;
	}

	@Test
	void aProgramCreatedThroughTheServiceStartsWithTheFiveDefaultsInOrder() throws Exception {
		Program program = this.programs.create(PairWorld.ADMINISTRATOR,
				PairWorld.settings("Fresh program", PairWorld.today()));
		this.world.get(ActivityWorld.catalogue(program), this.pairs.admin)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[0].title").value(DEFAULT_TITLES.get(0)))
			.andExpect(jsonPath("$[1].title").value(DEFAULT_TITLES.get(1)))
			.andExpect(jsonPath("$[2].title").value(DEFAULT_TITLES.get(2)))
			.andExpect(jsonPath("$[3].title").value(DEFAULT_TITLES.get(3)))
			.andExpect(jsonPath("$[4].title").value(DEFAULT_TITLES.get(4)))
			.andExpect(jsonPath("$[0].id").isString())
			.andExpect(jsonPath("$[0].description").isString());
		// each program has its own copy: the other program's activities are other rows
		assertThat(this.world.activities(program)).hasSize(5).doesNotContainAnyElementsOf(this.world.activities());
	}

	@Test
	void everyReaderOfTheProgramReadsTheCatalogueAndNobodyElse() throws Exception {
		for (var reader : List.of(this.pairs.mentee, this.pairs.mentor, this.pairs.otherMentee, this.pairs.committee,
				this.pairs.admin)) {
			this.world.get(this.world.catalogue(), reader)
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].title", containsInAnyOrder(DEFAULT_TITLES.toArray())));
		}
		this.world.get(this.world.catalogue(), this.pairs.stranger).andExpect(status().isNotFound());
		this.world.get(this.world.catalogue(), this.world.otherCommittee).andExpect(status().isNotFound());
		this.world.get("/api/v1/programs/not-a-uuid/activities", this.pairs.mentee).andExpect(status().isNotFound());
		this.mvc.perform(get(this.world.catalogue())).andExpect(status().isUnauthorized());
	}

	@Test
	void theCommitteeAddsChangesAndRetiresAnActivity() throws Exception {
		String body = this.world
			.send(HttpMethod.POST, this.world.catalogue(), this.pairs.committee,
					"{\"title\": \"  Visit the archives  \", \"description\": \"Ask for the guided tour.\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Visit the archives"))
			.andExpect(jsonPath("$.description").value("Ask for the guided tour."))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = body.replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1");
		this.world.get(this.world.catalogue(), this.pairs.mentee)
			.andExpect(jsonPath("$", hasSize(6)))
			.andExpect(jsonPath("$[5].title").value("Visit the archives"));

		this.world
			.send(HttpMethod.PATCH, this.world.catalogue() + "/" + id, this.pairs.committee,
					"{\"title\": \"Visit the special collections\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Visit the special collections"))
			.andExpect(jsonPath("$.description").value("Ask for the guided tour."));
		this.world
			.send(HttpMethod.PATCH, this.world.catalogue() + "/" + id, this.pairs.admin, "{\"description\": \"\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Visit the special collections"))
			.andExpect(jsonPath("$.description").doesNotExist());

		this.world.delete(this.world.catalogue() + "/" + id, this.pairs.committee).andExpect(status().isNoContent());
		this.world.get(this.world.catalogue(), this.pairs.mentee)
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[*].title", containsInAnyOrder(DEFAULT_TITLES.toArray())));
		// retired: gone for every change
		this.world.delete(this.world.catalogue() + "/" + id, this.pairs.committee).andExpect(status().isNotFound());
		this.world.send(HttpMethod.PATCH, this.world.catalogue() + "/" + id, this.pairs.committee, "{\"title\": \"X\"}")
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select retired_at is not null from program_activity where id = :id")
			.param("id", UUID.fromString(id))
			.query(Boolean.class)
			.single()).as("retired, not deleted").isTrue();
	}

	@Test
	void badInputIsRefusedWithEveryFieldAtFault() throws Exception {
		this.world.send(HttpMethod.POST, this.world.catalogue(), this.pairs.committee, "{}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		this.world.send(HttpMethod.POST, this.world.catalogue(), this.pairs.committee, "{\"title\": \"   \"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		this.world
			.send(HttpMethod.POST, this.world.catalogue(), this.pairs.committee,
					"{\"title\": \"" + "t".repeat(201) + "\", \"description\": \"" + "d".repeat(2001) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "description")));
		this.world.send(HttpMethod.POST, this.world.catalogue(), this.pairs.committee, "{\"title\": \"A\", \"x\": 1}")
			.andExpect(status().isBadRequest());
		UUID first = this.world.activities().get(0);
		this.world
			.send(HttpMethod.PATCH, this.world.catalogue() + "/" + first, this.pairs.committee, "{\"title\": \"\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		this.world.get(this.world.catalogue(), this.pairs.mentee)
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[0].title").value(DEFAULT_TITLES.get(0)));
	}

	@Test
	void participantsMayNotChangeTheCatalogueAndAnotherCommitteeDoesNotSeeIt() throws Exception {
		UUID first = this.world.activities().get(0);
		String activity = this.world.catalogue() + "/" + first;
		for (var participant : List.of(this.pairs.mentee, this.pairs.mentor)) {
			this.world.send(HttpMethod.POST, this.world.catalogue(), participant, "{\"title\": \"Mine\"}")
				.andExpect(status().isForbidden());
			this.world.send(HttpMethod.PATCH, activity, participant, "{\"title\": \"Mine\"}")
				.andExpect(status().isForbidden());
			this.world.delete(activity, participant).andExpect(status().isForbidden());
		}
		for (var outsider : List.of(this.world.otherCommittee, this.pairs.stranger)) {
			this.world.send(HttpMethod.POST, this.world.catalogue(), outsider, "{\"title\": \"Theirs\"}")
				.andExpect(status().isNotFound());
			this.world.send(HttpMethod.PATCH, activity, outsider, "{\"title\": \"Theirs\"}")
				.andExpect(status().isNotFound());
			this.world.delete(activity, outsider).andExpect(status().isNotFound());
		}
		// an activity of another program is not this program's, whoever asks
		UUID foreign = this.world.activities(this.world.otherProgram).get(0);
		this.world
			.send(HttpMethod.PATCH, this.world.catalogue() + "/" + foreign, this.pairs.committee,
					"{\"title\": \"Stolen\"}")
			.andExpect(status().isNotFound());
		this.world.delete(this.world.catalogue() + "/" + foreign, this.pairs.committee)
			.andExpect(status().isNotFound());
		this.world.delete(this.world.catalogue() + "/not-a-uuid", this.pairs.committee)
			.andExpect(status().isNotFound());
		this.world.get(this.world.catalogue(), this.pairs.mentee)
			.andExpect(jsonPath("$[*].title", containsInAnyOrder(DEFAULT_TITLES.toArray())));
		this.world.get(ActivityWorld.catalogue(this.world.otherProgram), this.world.otherCommittee)
			.andExpect(jsonPath("$", hasSize(5)));
	}

}
