package org.tandem.feedback;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.tandem.pairing.Pairing;
import org.tandem.person.Person;
import org.tandem.support.PairWorld;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feedback API as a test calls it, for one {@link PairWorld}.
 */
final class FeedbackCalls {

	private final PairWorld world;

	FeedbackCalls(PairWorld world) {
		this.world = world;
	}

	/** A contact logged as held yesterday; its id. */
	String heldMeeting(Pairing pairing, Person by) throws Exception {
		MockHttpServletResponse response = this.world
			.api(MockMvcRequestBuilders.post("/api/v1/pairings/" + pairing.id() + "/meetings"), by, "{\"occurredOn\":\""
					+ PairWorld.today().minusDays(1) + "\",\"format\":\"LUNCH\"," + "\"place\":\"The canteen\"}")
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(201);
		return JsonPath.read(response.getContentAsString(), "$.id");
	}

	/** A meeting scheduled two hours ago, not yet marked held; its id. */
	String scheduledMeeting(Pairing pairing, Person by) throws Exception {
		Instant at = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		MockHttpServletResponse response = this.world
			.api(MockMvcRequestBuilders.post("/api/v1/pairings/" + pairing.id() + "/meetings"), by,
					"{\"scheduledAt\":\"" + at + "\",\"format\":\"WALKING\",\"agenda\":\"Agenda of the walk\"}")
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(201);
		return JsonPath.read(response.getContentAsString(), "$.id");
	}

	int markHeld(Pairing pairing, String meeting, Person by) throws Exception {
		return this.world
			.api(MockMvcRequestBuilders.patch("/api/v1/pairings/" + pairing.id() + "/meetings/" + meeting), by,
					"{\"status\":\"HELD\"}")
			.andReturn()
			.getResponse()
			.getStatus();
	}

	MockHttpServletResponse pulse(Pairing pairing, String meeting, Person by, String json) throws Exception {
		return this.world
			.api(MockMvcRequestBuilders.post("/api/v1/pairings/" + pairing.id() + "/meetings/" + meeting + "/pulse"),
					by, json)
			.andReturn()
			.getResponse();
	}

	MockHttpServletResponse post(String path, Person by, String json) throws Exception {
		return this.world.api(MockMvcRequestBuilders.post(path), by, json).andReturn().getResponse();
	}

	MockHttpServletResponse get(String path, Person by) throws Exception {
		return this.world.api(MockMvcRequestBuilders.get(path), by, null).andReturn().getResponse();
	}

	/** The program's questions asked in the kind, as (id, kind, required) JSON maps. */
	List<Map<String, Object>> questions(Person by, String kind) throws Exception {
		String json = get("/api/v1/programs/" + this.world.program.id() + "/evaluation-questions", by)
			.getContentAsString();
		List<Map<String, Object>> all = JsonPath.read(json, "$");
		return all.stream()
			.filter((q) -> "BOTH".equals(q.get("appliesTo")) || kind.equals(q.get("appliesTo")))
			.toList();
	}

	/**
	 * An evaluation answering every question asked in the kind: scale questions with
	 * {@code scale}, text questions with {@code text} (or none if null).
	 */
	String evaluation(Person by, String kind, int scale, @Nullable String text) throws Exception {
		StringBuilder answers = new StringBuilder();
		for (Map<String, Object> question : questions(by, kind)) {
			String value = "SCALE".equals(question.get("kind")) ? String.valueOf(scale)
					: (text != null) ? "\"" + text + "\"" : null;
			if (value != null) {
				answers.append(answers.isEmpty() ? "" : ",")
					.append('"')
					.append(question.get("id"))
					.append("\":")
					.append(value);
			}
		}
		return "{\"kind\":\"" + kind + "\",\"answers\":{" + answers + "}}";
	}

}
