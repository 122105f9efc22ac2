package org.tandem.feedback;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Role;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The committee sees aggregates over five responses or more, never fewer, never an
 * individual answer, never anyone's words; and the words are ciphertext in the tables.
 */
@IntegrationTest
class FeedbackAggregateTests {

	private static final String COMMENT = "Our talk about the tenure file was a turning point";

	private static final String ANSWER = "Please meet somewhere quieter than the cafeteria";

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedbackAggregates aggregates;

	@Autowired
	Pairings pairings;

	PairWorld world;

	FeedbackCalls api;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new FeedbackCalls(this.world);
	}

	/** Four pulses (2, 3, 4, 5) from both pairs; the fifth is given by the caller. */
	private void fourPulses() throws Exception {
		String first = this.api.heldMeeting(this.world.pairing, this.world.mentor);
		String second = this.api.heldMeeting(this.world.otherPairing, this.world.otherMentor);
		pulse(this.world.pairing, first, this.world.mentor, 2, COMMENT);
		pulse(this.world.pairing, first, this.world.mentee, 3, null);
		pulse(this.world.otherPairing, second, this.world.otherMentor, 4, null);
		pulse(this.world.otherPairing, second, this.world.otherMentee, 5, null);
	}

	private void pulse(Pairing pairing, String meeting, Person by, int usefulness, String comment) throws Exception {
		String json = (comment != null) ? "{\"usefulness\":" + usefulness + ",\"comment\":\"" + comment + "\"}"
				: "{\"usefulness\":" + usefulness + "}";
		assertThat(this.api.pulse(pairing, meeting, by, json).getStatus()).isEqualTo(201);
	}

	@Test
	void fourPulsesShowNothingAndTheFifthShowsTheExactAverage() throws Exception {
		fourPulses();
		assertThat(this.aggregates.pulse(this.world.program.id())).isEmpty();
		String page = page();
		assertThat(page).contains("Not enough responses yet").doesNotContain("out of 5, from");
		assertThat(apiAggregates()).contains("\"pulse\":null");

		String third = this.api.heldMeeting(this.world.pairing, this.world.mentee);
		pulse(this.world.pairing, third, this.world.mentee, 5, null);

		ProgramFeedback.PulseSummary summary = this.aggregates.pulse(this.world.program.id()).orElseThrow();
		assertThat(summary.responses()).isEqualTo(5);
		assertThat(summary.average()).isEqualTo(3.8);
		assertThat(page()).contains("3.8 out of 5, from 5 answers.").doesNotContain(COMMENT);
		assertThat(apiAggregates()).contains("\"pulse\":{\"responses\":5,\"average\":3.8}");
	}

	@Test
	void aScaleQuestionShowsItsDistributionFromFiveAnswersAndNoTextEver() throws Exception {
		Person third = this.world.member(this.world.program, Role.MENTEE, "Tia Third");
		List<Person> people = List.of(this.world.mentor, this.world.mentee, this.world.otherMentor,
				this.world.otherMentee);
		int[] scales = { 1, 2, 2, 5 };
		for (int i = 0; i < people.size(); i++) {
			Pairing pairing = (i < 2) ? this.world.pairing : this.world.otherPairing;
			MockHttpServletResponse response = this.api.post("/api/v1/pairings/" + pairing.id() + "/evaluations",
					people.get(i), this.api.evaluation(people.get(i), "MID", scales[i], ANSWER));
			assertThat(response.getStatus()).isEqualTo(201);
		}
		assertThat(third).isNotNull();
		ProgramFeedback four = this.aggregates.summary(this.world.program.id());
		assertThat(four.scales()).isNotEmpty().allSatisfy((scale) -> assertThat(scale.enough()).isFalse());

		// a fifth answer, from a third pair of the program
		Person mentor = this.world.member(this.world.program, Role.MENTOR, "Fay Fifth");
		this.jdbc.sql("update participant set capacity = 1 where person_id = :p")
			.param("p", mentor.id().value())
			.update();
		Pairing pairing = startPairing(mentor, third);
		assertThat(this.api
			.post("/api/v1/pairings/" + pairing.id() + "/evaluations", third,
					this.api.evaluation(third, "MID", 2, ANSWER))
			.getStatus()).isEqualTo(201);

		ProgramFeedback five = this.aggregates.summary(this.world.program.id());
		List<ProgramFeedback.ScaleSummary> mid = five.scales()
			.stream()
			.filter((scale) -> scale.kind() == EvaluationKind.MID)
			.toList();
		assertThat(mid).isNotEmpty().allSatisfy((scale) -> {
			assertThat(scale.distribution()).isNotNull();
			assertThat(scale.distribution().responses()).isEqualTo(5);
			assertThat(scale.distribution().counts()).containsExactly(1L, 3L, 0L, 0L, 1L);
			assertThat(scale.distribution().average()).isEqualTo(2.4);
		});
		assertThat(five.scales().stream().filter((scale) -> scale.kind() == EvaluationKind.END))
			.allSatisfy((scale) -> assertThat(scale.enough()).isFalse());
		String page = page();
		assertThat(page).contains("from 5 answers").doesNotContain(ANSWER);
		assertThat(apiAggregates()).doesNotContain(ANSWER).contains("\"counts\":[1,3,0,0,1]");
	}

	@Test
	void commentsKudosAndTextAnswersAreCiphertextInTheTables() throws Exception {
		String meeting = this.api.heldMeeting(this.world.pairing, this.world.mentor);
		pulse(this.world.pairing, meeting, this.world.mentee, 4, COMMENT);
		this.api.post("/api/v1/pairings/" + this.world.pairing.id() + "/kudos", this.world.mentee,
				"{\"body\":\"" + COMMENT + " kudos\",\"shareWithProgram\":true}");
		this.api.post("/api/v1/pairings/" + this.world.pairing.id() + "/evaluations", this.world.mentor,
				this.api.evaluation(this.world.mentor, "MID", 4, ANSWER));

		Map<String, String> stored = Map.of("meeting_pulse", "comment_enc", "kudos", "body_enc", "evaluation_answer",
				"text_enc");
		stored.forEach((table, column) -> {
			List<String> values = this.jdbc
				.sql("select " + column + " from " + table + " where " + column + " is not null and "
						+ (table.equals("evaluation_answer")
								? "evaluation_id in (select id from evaluation where pairing_id = :p)"
								: "pairing_id = :p"))
				.param("p", this.world.pairing.id().value())
				.query(String.class)
				.list();
			assertThat(values).as(table).isNotEmpty().allSatisfy((value) -> {
				assertThat(value).doesNotContain("turning point").doesNotContain("quieter");
			});
		});
		// and the pair reads them back
		assertThat(this.api.get("/api/v1/pairings/" + this.world.pairing.id() + "/evaluations", this.world.mentor)
			.getContentAsString()).contains(ANSWER);
	}

	@Test
	void onlyTheCommitteeAndAdministratorsSeeTheAggregates() throws Exception {
		String path = "/api/v1/programs/" + this.world.program.id() + "/feedback";
		assertThat(this.api.get(path, this.world.committee).getStatus()).isEqualTo(200);
		assertThat(this.api.get(path, this.world.admin).getStatus()).isEqualTo(200);
		assertThat(this.api.get(path, this.world.mentee).getStatus()).isEqualTo(403);
		assertThat(this.api.get(path, this.world.stranger).getStatus()).isEqualTo(404);
	}

	private Pairing startPairing(Person mentor, Person mentee) throws Exception {
		MockHttpServletResponse response = this.api.post("/api/v1/programs/" + this.world.program.id() + "/pairings",
				this.world.committee,
				"{\"mentorId\":\"" + mentor.id().value() + "\",\"menteeId\":\"" + mentee.id().value() + "\"}");
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		String id = JsonPath.read(response.getContentAsString(), "$.id");
		return this.pairings.find(new PairingId(UUID.fromString(id))).orElseThrow();
	}

	private String page() throws Exception {
		Cookie session = this.world.signIn(this.world.committee);
		MockHttpServletResponse response = this.mvc
			.perform(get("/programs/" + this.world.program.id() + "/feedback").cookie(session))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private String apiAggregates() throws Exception {
		return this.api.get("/api/v1/programs/" + this.world.program.id() + "/feedback", this.world.committee)
			.getContentAsString();
	}

}
