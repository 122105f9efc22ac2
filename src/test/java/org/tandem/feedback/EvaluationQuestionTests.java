package org.tandem.feedback;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;

/**
 * Every program has the default evaluation questions; its committee keeps them, its
 * participants read them.
 */
@IntegrationTest
class EvaluationQuestionTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	Programs programs;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	FeedbackCalls api;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new FeedbackCalls(this.world);
	}

	@Test
	void aNewProgramStartsWithTheDefaultQuestions() throws Exception {
		Program program = this.programs.create(PairWorld.settings("Fresh program", PairWorld.today()));
		List<String> prompts = this.jdbc
			.sql("select prompt from evaluation_question where program_id = :p order by position")
			.param("p", program.id().value())
			.query(String.class)
			.list();
		List<String> defaults = this.jdbc.sql("select prompt from default_evaluation_question order by position")
			.query(String.class)
			.list();
		assertThat(prompts).hasSize(6).isEqualTo(defaults);
	}

	@Test
	void theCommitteeKeepsTheQuestionsAndParticipantsReadThem() throws Exception {
		String path = "/api/v1/programs/" + this.world.program.id() + "/evaluation-questions";
		assertThat(this.api.get(path, this.world.mentee).getStatus()).isEqualTo(200);
		assertThat(this.api.get(path, this.world.stranger).getStatus()).isEqualTo(404);

		MockHttpServletResponse added = this.api.post(path, this.world.committee,
				"{\"prompt\":\"Did the walks help?\",\"kind\":\"SCALE\",\"appliesTo\":\"END\",\"required\":true}");
		assertThat(added.getStatus()).isEqualTo(201);
		String id = JsonPath.read(added.getContentAsString(), "$.id");
		assertThat(
				this.api.post(path, this.world.mentee, "{\"prompt\":\"Mine\",\"kind\":\"SCALE\",\"appliesTo\":\"END\"}")
					.getStatus())
			.isEqualTo(403);
		MockHttpServletResponse bad = this.api.post(path, this.world.committee,
				"{\"prompt\":\" \",\"kind\":\"STARS\",\"appliesTo\":\"LATER\"}");
		assertThat(bad.getStatus()).isEqualTo(400);
		assertThat((List<String>) JsonPath.read(bad.getContentAsString(), "$.errors[*].field"))
			.containsExactlyInAnyOrder("prompt", "kind", "appliesTo");

		MockHttpServletResponse changed = this.world
			.api(patch(path + "/" + id), this.world.committee, "{\"appliesTo\":\"BOTH\"}")
			.andReturn()
			.getResponse();
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(changed.getContentAsString(), "$.appliesTo")).isEqualTo("BOTH");
		assertThat(this.world.api(patch(path + "/" + id), this.world.committee, "{\"kind\":\"TEXT\"}")
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);

		assertThat(this.world.api(delete(path + "/" + id), this.world.committee, null)
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);
		assertThat(this.api.get(path, this.world.mentee).getContentAsString()).doesNotContain("Did the walks help?");
		assertThat(this.world.api(delete(path + "/" + id), this.world.committee, null)
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
