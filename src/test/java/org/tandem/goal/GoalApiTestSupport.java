package org.tandem.goal;

import java.util.HashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;
import org.tandem.support.PairWorld;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Calls of the goals API as the people of a {@link PairWorld}, each with one token.
 */
final class GoalApiTestSupport {

	private final MockMvc mvc;

	private final PairWorld world;

	private final Map<Person, String> tokens = new HashMap<>();

	GoalApiTestSupport(MockMvc mvc, PairWorld world) {
		this.mvc = mvc;
		this.world = world;
	}

	ResultActions send(MockHttpServletRequestBuilder request, Person person, @Nullable String json) throws Exception {
		String token = this.tokens.get(person);
		if (token == null) {
			token = this.world.token(person);
			this.tokens.put(person, token);
		}
		request.header(HttpHeaders.AUTHORIZATION, token);
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return this.mvc.perform(request);
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
