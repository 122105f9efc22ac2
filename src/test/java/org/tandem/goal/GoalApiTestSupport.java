package org.tandem.goal;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;
import org.tandem.support.PairWorld;

import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calls of the goals API as the people of a {@link PairWorld}.
 */
final class GoalApiTestSupport {

	private final PairWorld world;

	GoalApiTestSupport(PairWorld world) {
		this.world = world;
	}

	ResultActions send(MockHttpServletRequestBuilder request, Person person, @Nullable String json) throws Exception {
		return this.world.api(request, person, json);
	}

	/** A new goal of the world's pair, set by the person; its id. */
	String goal(Person by, String json) throws Exception {
		String body = send(post(goalsPath()), by, json).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	String goalsPath() {
		return "/api/v1/pairings/" + this.world.pairing.id() + "/goals";
	}

	static String id(Person person) {
		return person.id().value().toString();
	}

}
