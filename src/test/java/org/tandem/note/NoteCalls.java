package org.tandem.note;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;
import org.tandem.support.PairWorld;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notes API called as the people of a {@link PairWorld}.
 */
final class NoteCalls {

	private final PairWorld world;

	NoteCalls(PairWorld world) {
		this.world = world;
	}

	/** The API path of the notes of the pair's pairing. */
	String pairNotes() {
		return "/api/v1/pairings/" + this.world.pairing.id() + "/notes";
	}

	/** The API path of the notes of the other pair's pairing. */
	String otherPairNotes() {
		return "/api/v1/pairings/" + this.world.otherPairing.id() + "/notes";
	}

	String token(Person person) throws Exception {
		return this.world.token(person);
	}

	/** A new note of the author in their pairing (201 asserted): its id. */
	UUID write(Person author, String visibility, String body) throws Exception {
		boolean pair = author == this.world.mentor || author == this.world.mentee;
		MockHttpServletResponse response = post(author, pair ? pairNotes() : otherPairNotes(), json(body, visibility));
		assertThat(response.getStatus()).as("note written: %s", response.getContentAsString()).isEqualTo(201);
		return UUID.fromString(response.getContentAsString().replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1"));
	}

	MockHttpServletResponse get(Person caller, String path) throws Exception {
		return send(MockMvcRequestBuilders.get(path), caller, null);
	}

	MockHttpServletResponse post(Person caller, String path, String json) throws Exception {
		return send(MockMvcRequestBuilders.post(path), caller, json);
	}

	MockHttpServletResponse read(Person caller, UUID note) throws Exception {
		return get(caller, "/api/v1/notes/" + note);
	}

	MockHttpServletResponse change(Person caller, UUID note, String json) throws Exception {
		return send(MockMvcRequestBuilders.patch("/api/v1/notes/" + note), caller, json);
	}

	MockHttpServletResponse delete(Person caller, UUID note) throws Exception {
		return send(MockMvcRequestBuilders.delete("/api/v1/notes/" + note), caller, null);
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Person caller, @Nullable String json)
			throws Exception {
		return this.world.api(request.accept(MediaType.APPLICATION_JSON), caller, json).andReturn().getResponse();
	}

	static String json(String body, String visibility) {
		return "{\"body\":" + quote(body) + ",\"visibility\":\"" + visibility + "\"}";
	}

	static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
