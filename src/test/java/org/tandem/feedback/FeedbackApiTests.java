package org.tandem.feedback;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback API: the pair gives pulses, kudos and evaluations once each; bad input is
 * a 400 naming the field; anyone outside the pair, the committee and administrators
 * included, gets 404; a closed pairing takes nothing more.
 */
@IntegrationTest
class FeedbackApiTests {

	@Autowired
	PairWorlds worlds;

	PairWorld world;

	FeedbackCalls api;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new FeedbackCalls(this.world);
	}

	@Test
	void eachOfThePairGivesAHeldMeetingItsPulseOnce() throws Exception {
		String meeting = this.api.heldMeeting(this.world.pairing, this.world.mentor);

		MockHttpServletResponse created = this.api.pulse(this.world.pairing, meeting, this.world.mentee,
				"{\"usefulness\":4,\"comment\":\"We found the right person in HR\"}");
		assertThat(created.getStatus()).isEqualTo(201);
		assertThat((Integer) JsonPath.read(created.getContentAsString(), "$.usefulness")).isEqualTo(4);
		assertThat(created.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(this.api.pulse(this.world.pairing, meeting, this.world.mentor, "{\"usefulness\":5}").getStatus())
			.isEqualTo(201);

		MockHttpServletResponse again = this.api.pulse(this.world.pairing, meeting, this.world.mentee,
				"{\"usefulness\":2}");
		assertThat(again.getStatus()).isEqualTo(409);
	}

	@Test
	void aPulseNeedsAUsefulnessFromOneToFive() throws Exception {
		String meeting = this.api.heldMeeting(this.world.pairing, this.world.mentor);
		for (String json : List.of("{\"usefulness\":0}", "{\"usefulness\":6}", "{}")) {
			MockHttpServletResponse response = this.api.pulse(this.world.pairing, meeting, this.world.mentee, json);
			assertThat(response.getStatus()).as(json).isEqualTo(400);
			assertThat((List<String>) JsonPath.read(response.getContentAsString(), "$.errors[*].field"))
				.containsExactly("usefulness");
		}
		assertThat(this.api.pulse(this.world.pairing, meeting, this.world.mentee, "{\"usefulness\":3,\"mood\":1}")
			.getStatus()).as("unknown field").isEqualTo(400);
	}

	@Test
	void aMeetingNotHeldTakesNoPulse() throws Exception {
		String meeting = this.api.scheduledMeeting(this.world.pairing, this.world.mentor);
		assertThat(this.api.pulse(this.world.pairing, meeting, this.world.mentee, "{\"usefulness\":3}").getStatus())
			.isEqualTo(409);
		assertThat(this.api.markHeld(this.world.pairing, meeting, this.world.mentor)).isEqualTo(200);
		assertThat(this.api.pulse(this.world.pairing, meeting, this.world.mentee, "{\"usefulness\":3}").getStatus())
			.isEqualTo(201);
	}

	@Test
	void nobodyButThePairReachesItsPulsesOrAnotherPairsMeeting() throws Exception {
		String meeting = this.api.heldMeeting(this.world.pairing, this.world.mentor);
		for (Person outsider : List.of(this.world.committee, this.world.admin, this.world.stranger,
				this.world.otherMentor)) {
			assertThat(this.api.pulse(this.world.pairing, meeting, outsider, "{\"usefulness\":3}").getStatus())
				.as(outsider.name())
				.isEqualTo(404);
		}
		// the other pair's meeting under this pair's pairing, and an unknown meeting
		String other = this.api.heldMeeting(this.world.otherPairing, this.world.otherMentor);
		assertThat(this.api.pulse(this.world.pairing, other, this.world.mentee, "{\"usefulness\":3}").getStatus())
			.isEqualTo(404);
		assertThat(this.api
			.pulse(this.world.pairing, UUID.randomUUID().toString(), this.world.mentee, "{\"usefulness\":3}")
			.getStatus()).isEqualTo(404);
	}

	@Test
	void kudosAreThePairsAndThePartnerSeesThem() throws Exception {
		String kudos = "/api/v1/pairings/" + this.world.pairing.id() + "/kudos";
		MockHttpServletResponse given = this.api.post(kudos, this.world.mentee,
				"{\"body\":\"Thank you for the introduction to the dean\",\"shareWithProgram\":false}");
		assertThat(given.getStatus()).isEqualTo(201);
		assertThat((Boolean) JsonPath.read(given.getContentAsString(), "$.shareWithProgram")).isFalse();

		MockHttpServletResponse read = this.api.get(kudos, this.world.mentor);
		assertThat(read.getStatus()).isEqualTo(200);
		assertThat((List<String>) JsonPath.read(read.getContentAsString(), "$.items[*].body"))
			.containsExactly("Thank you for the introduction to the dean");
		assertThat(read.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");

		assertThat(this.api.post(kudos, this.world.mentee, "{\"body\":\"  \"}").getStatus()).isEqualTo(400);
		assertThat(this.api.post(kudos, this.world.mentee, "{\"body\":\"" + "x".repeat(2001) + "\"}").getStatus())
			.isEqualTo(400);
		for (Person outsider : List.of(this.world.committee, this.world.admin, this.world.stranger,
				this.world.otherMentee)) {
			assertThat(this.api.get(kudos, outsider).getStatus()).as(outsider.name()).isEqualTo(404);
			assertThat(this.api.post(kudos, outsider, "{\"body\":\"Hello\"}").getStatus()).as(outsider.name())
				.isEqualTo(404);
		}
	}

	@Test
	void sharedKudosReachTheProgramsCelebrationWithoutNamesPrivateOnesNever(@Autowired KudosBoard board)
			throws Exception {
		String kudos = "/api/v1/pairings/" + this.world.pairing.id() + "/kudos";
		this.api.post(kudos, this.world.mentee, "{\"body\":\"Shared thanks\",\"shareWithProgram\":true}");
		this.api.post(kudos, this.world.mentor, "{\"body\":\"Private thanks\"}");

		assertThat(board.sharedOf(this.world.program.id(), 10)).extracting(KudosBoard.Shared::body)
			.containsExactly("Shared thanks");
	}

	@Test
	void eachMemberAnswersEachEvaluationOnce() throws Exception {
		String path = "/api/v1/pairings/" + this.world.pairing.id() + "/evaluations";
		MockHttpServletResponse created = this.api.post(path, this.world.mentee,
				this.api.evaluation(this.world.mentee, "MID", 4, "More walks, fewer emails"));
		assertThat(created.getStatus()).isEqualTo(201);
		assertThat(created.getContentAsString()).contains("More walks, fewer emails");

		assertThat(this.api.post(path, this.world.mentee, this.api.evaluation(this.world.mentee, "MID", 2, null))
			.getStatus()).isEqualTo(409);
		assertThat(this.api.post(path, this.world.mentee, this.api.evaluation(this.world.mentee, "END", 5, null))
			.getStatus()).isEqualTo(201);
		assertThat(this.api.post(path, this.world.mentor, this.api.evaluation(this.world.mentor, "MID", 3, null))
			.getStatus()).isEqualTo(201);

		// each reads their own answers only
		MockHttpServletResponse mine = this.api.get(path, this.world.mentor);
		assertThat((List<String>) JsonPath.read(mine.getContentAsString(), "$[*].kind")).containsExactly("MID");
		assertThat(mine.getContentAsString()).doesNotContain("More walks");
	}

	@Test
	void anEvaluationNamesEveryBrokenAnswer() throws Exception {
		String path = "/api/v1/pairings/" + this.world.pairing.id() + "/evaluations";
		List<Map<String, Object>> questions = this.api.questions(this.world.mentee, "MID");
		Map<String, Object> scale = questions.stream()
			.filter((q) -> "SCALE".equals(q.get("kind")) && Boolean.TRUE.equals(q.get("required")))
			.findFirst()
			.orElseThrow();

		MockHttpServletResponse unknownKind = this.api.post(path, this.world.mentee,
				"{\"kind\":\"LATE\",\"answers\":{}}");
		assertThat(unknownKind.getStatus()).isEqualTo(400);
		assertThat((List<String>) JsonPath.read(unknownKind.getContentAsString(), "$.errors[*].field"))
			.containsExactly("kind");

		String unknownQuestion = UUID.randomUUID().toString();
		MockHttpServletResponse bad = this.api.post(path, this.world.mentee,
				"{\"kind\":\"MID\",\"answers\":{\"" + unknownQuestion + "\":3,\"" + scale.get("id") + "\":6}}");
		assertThat(bad.getStatus()).isEqualTo(400);
		List<String> fields = JsonPath.read(bad.getContentAsString(), "$.errors[*].field");
		assertThat(fields).contains("answers." + unknownQuestion, "answers." + scale.get("id"));
		// every other required question is missing
		long required = questions.stream().filter((q) -> Boolean.TRUE.equals(q.get("required"))).count();
		assertThat(fields).hasSize((int) required + 1);

		MockHttpServletResponse missing = this.api.post(path, this.world.mentee, "{\"kind\":\"MID\",\"answers\":{}}");
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentAsString()).contains("answers." + scale.get("id"));
	}

	@Test
	void nobodyButThePairAnswersOrReadsItsEvaluations() throws Exception {
		String path = "/api/v1/pairings/" + this.world.pairing.id() + "/evaluations";
		for (Person outsider : List.of(this.world.committee, this.world.admin, this.world.stranger,
				this.world.otherMentor)) {
			assertThat(
					this.api.post(path, outsider, this.api.evaluation(this.world.mentee, "MID", 3, null)).getStatus())
				.as(outsider.name())
				.isEqualTo(404);
			assertThat(this.api.get(path, outsider).getStatus()).as(outsider.name()).isEqualTo(404);
		}
	}

	@Test
	void aClosedPairingTakesNoMoreFeedback() throws Exception {
		String meeting = this.api.heldMeeting(this.world.pairing, this.world.mentor);
		String evaluation = this.api.evaluation(this.world.mentee, "END", 4, null);
		this.world.close(this.world.mentor, "Moving on");

		assertThat(this.api.pulse(this.world.pairing, meeting, this.world.mentee, "{\"usefulness\":3}").getStatus())
			.isEqualTo(409);
		assertThat(this.api
			.post("/api/v1/pairings/" + this.world.pairing.id() + "/kudos", this.world.mentee, "{\"body\":\"Thanks\"}")
			.getStatus()).isEqualTo(409);
		assertThat(this.api
			.post("/api/v1/pairings/" + this.world.pairing.id() + "/evaluations", this.world.mentee, evaluation)
			.getStatus()).isEqualTo(409);
		assertThat(
				this.api.get("/api/v1/pairings/" + this.world.pairing.id() + "/kudos", this.world.mentee).getStatus())
			.isEqualTo(200);
	}

}
