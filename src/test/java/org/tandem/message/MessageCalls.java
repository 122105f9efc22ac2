package org.tandem.message;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;
import org.tandem.support.PairWorld;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages API called as the people of a {@link PairWorld}, and a wait for the
 * listeners of a message's event.
 */
final class MessageCalls {

	private final PairWorld world;

	MessageCalls(PairWorld world) {
		this.world = world;
	}

	/** The API path of the messages of the pair's pairing. */
	String pairMessages() {
		return "/api/v1/pairings/" + this.world.pairing.id() + "/messages";
	}

	/** The API path of the messages of the other pair's pairing. */
	String otherPairMessages() {
		return "/api/v1/pairings/" + this.world.otherPairing.id() + "/messages";
	}

	/** A new message of the author in their pairing (201 asserted): its id. */
	UUID send(Person author, String body) throws Exception {
		boolean pair = author == this.world.mentor || author == this.world.mentee;
		MockHttpServletResponse response = post(author, pair ? pairMessages() : otherPairMessages(), json(body));
		assertThat(response.getStatus()).as("message sent: %s", response.getStatus()).isEqualTo(201);
		return UUID.fromString(response.getContentAsString().replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1"));
	}

	MockHttpServletResponse get(Person caller, String path) throws Exception {
		return send(MockMvcRequestBuilders.get(path), caller, null);
	}

	MockHttpServletResponse post(Person caller, String path, @Nullable String json) throws Exception {
		return send(MockMvcRequestBuilders.post(path), caller, json);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Person caller, @Nullable String json)
			throws Exception {
		return this.world.api(request.accept(MediaType.APPLICATION_JSON), caller, json).andReturn().getResponse();
	}

	static String json(String body) {
		return "{\"body\":" + quote(body) + "}";
	}

	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	/**
	 * Waits until every listener of the events that mention the subject (a message id)
	 * has run: what they did not do by then, they will not do.
	 */
	static void awaitEventsHandled(JdbcClient jdbc, Object subject) {
		String mention = "%" + subject + "%";
		assertThat(jdbc.sql("select count(*) from event_publication where serialized_event like :mention")
			.param("mention", mention)
			.query(Long.class)
			.single()).as("events that mention %s", subject).isPositive();
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(jdbc.sql("""
					select count(*) from event_publication
					where completion_date is null and serialized_event like :mention""")
				.param("mention", mention)
				.query(Long.class)
				.single()).as("incomplete publications of events that mention %s", subject).isZero());
	}

}
