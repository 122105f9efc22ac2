package org.tandem.message;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The messages API: the pair sends and reads its messages, newest first, with when the
 * recipient read them; reading the list changes nothing, {@code POST .../read} marks them
 * read; bad input is 400 naming the field; anyone else gets 404; a closed pairing's
 * messages stay readable and take no new one (409).
 */
@IntegrationTest
class MessageApiTests {

	@Autowired
	PairWorlds worlds;

	PairWorld world;

	MessageCalls api;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new MessageCalls(this.world);
	}

	@Test
	void thePairSendsAndReadsMessagesNewestFirst() throws Exception {
		MockHttpServletResponse sent = this.api.post(this.world.mentor, this.api.pairMessages(),
				MessageCalls.json("Hello **Max**, lunch on Friday?"));
		assertThat(sent.getStatus()).isEqualTo(201);
		assertThat(sent.getHeader("Cache-Control")).contains("no-store");
		String body = sent.getContentAsString();
		assertThat((String) JsonPath.read(body, "$.pairingId")).isEqualTo(this.world.pairing.id().toString());
		assertThat((String) JsonPath.read(body, "$.authorId")).isEqualTo(this.world.mentor.id().toString());
		assertThat((String) JsonPath.read(body, "$.body")).isEqualTo("Hello **Max**, lunch on Friday?");
		assertThat((String) JsonPath.read(body, "$.html")).contains("<strong>Max</strong>");
		assertThat((Object) JsonPath.read(body, "$.readAt")).isNull();
		assertThat((String) JsonPath.read(body, "$.createdAt")).isNotBlank();
		this.api.send(this.world.mentee, "Friday works for me");

		for (Person member : List.of(this.world.mentor, this.world.mentee)) {
			MockHttpServletResponse list = this.api.get(member, this.api.pairMessages());
			assertThat(list.getStatus()).isEqualTo(200);
			assertThat(list.getHeader("Cache-Control")).contains("no-store");
			String json = list.getContentAsString();
			assertThat((List<String>) JsonPath.read(json, "$.items[*].body")).containsExactly("Friday works for me",
					"Hello **Max**, lunch on Friday?");
			assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(2);
			assertThat((Integer) JsonPath.read(json, "$.page")).isZero();
		}
		MockHttpServletResponse paged = this.api.get(this.world.mentee, this.api.pairMessages() + "?page=1&size=1");
		assertThat((List<String>) JsonPath.read(paged.getContentAsString(), "$.items[*].body"))
			.containsExactly("Hello **Max**, lunch on Friday?");
	}

	@Test
	void readingTheListMarksNothingReadAndThePostDoes() throws Exception {
		this.api.send(this.world.mentor, "First");
		this.api.send(this.world.mentor, "Second");
		this.api.send(this.world.mentee, "An answer");
		for (int i = 0; i < 2; i++) {
			String json = this.api.get(this.world.mentee, this.api.pairMessages()).getContentAsString();
			assertThat((List<Object>) JsonPath.read(json, "$.items[*].readAt")).containsOnlyNulls();
		}

		MockHttpServletResponse marked = this.api.post(this.world.mentee, this.api.pairMessages() + "/read", null);
		assertThat(marked.getStatus()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(marked.getContentAsString(), "$.marked")).isEqualTo(2);
		String json = this.api.get(this.world.mentor, this.api.pairMessages()).getContentAsString();
		// the mentee read the mentor's two; the mentor has not read the answer yet
		assertThat((String) JsonPath.read(json, "$.items[0].body")).isEqualTo("An answer");
		assertThat((Object) JsonPath.read(json, "$.items[0].readAt")).isNull();
		assertThat((String) JsonPath.read(json, "$.items[1].readAt")).isNotBlank();
		assertThat((String) JsonPath.read(json, "$.items[2].readAt")).isNotBlank();
		assertThat((Integer) JsonPath.read(
				this.api.post(this.world.mentee, this.api.pairMessages() + "/read", null).getContentAsString(),
				"$.marked"))
			.isZero();
	}

	@Test
	void aBlankOverlongOrMissingBodyIsRefusedNamingTheField() throws Exception {
		for (String json : List.of("{\"body\":\"   \\n \"}", "{}", "{\"body\":null}",
				MessageCalls.json("x".repeat(10_001)), "{\"body\":\"a bell \\u0007 rings\"}")) {
			MockHttpServletResponse response = this.api.post(this.world.mentee, this.api.pairMessages(), json);
			assertThat(response.getStatus()).as(json.substring(0, Math.min(json.length(), 40))).isEqualTo(400);
			assertThat((List<String>) JsonPath.read(response.getContentAsString(), "$.errors[*].field"))
				.containsExactly("body");
		}
		assertThat(this.api.post(this.world.mentee, this.api.pairMessages(), "{\"body\":\"Hi\",\"subject\":\"x\"}")
			.getStatus()).as("an unknown field").isEqualTo(400);
		assertThat(this.api.send(this.world.mentee, "x".repeat(10_000))).isNotNull();
		assertThat((Integer) JsonPath
			.read(this.api.get(this.world.mentor, this.api.pairMessages()).getContentAsString(), "$.total"))
			.isEqualTo(1);
	}

	@Test
	void nobodyButThePairReachesItsMessages() throws Exception {
		this.api.send(this.world.mentee, "Only for Mia");
		for (Person outsider : List.of(this.world.otherMentor, this.world.otherMentee, this.world.committee,
				this.world.admin, this.world.stranger)) {
			for (MockHttpServletResponse response : List.of(this.api.get(outsider, this.api.pairMessages()),
					this.api.post(outsider, this.api.pairMessages(), MessageCalls.json("Sneaking in")),
					this.api.post(outsider, this.api.pairMessages() + "/read", null))) {
				assertThat(response.getStatus()).as(outsider.name()).isEqualTo(404);
				assertThat(response.getContentAsString()).doesNotContain("Only for Mia");
			}
		}
		assertThat(this.api.get(this.world.mentor, "/api/v1/pairings/" + UUID.randomUUID() + "/messages").getStatus())
			.isEqualTo(404);
		assertThat(this.api.get(this.world.mentor, "/api/v1/pairings/not-an-id/messages").getStatus()).isEqualTo(404);
		// nothing got in, nothing was marked read
		String json = this.api.get(this.world.mentor, this.api.pairMessages()).getContentAsString();
		assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(1);
		assertThat((Object) JsonPath.read(json, "$.items[0].readAt")).isNull();
	}

	@Test
	void aClosedPairingsMessagesStayReadableAndTakeNoNewOne() throws Exception {
		this.api.send(this.world.mentor, "Before the end");
		this.world.close(this.world.mentee, "We are done");

		MockHttpServletResponse refused = this.api.post(this.world.mentor, this.api.pairMessages(),
				MessageCalls.json("After the end"));
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat(refused.getContentAsString()).doesNotContain("After the end");
		String json = this.api.get(this.world.mentee, this.api.pairMessages()).getContentAsString();
		assertThat((List<String>) JsonPath.read(json, "$.items[*].body")).containsExactly("Before the end");
		assertThat(this.api.post(this.world.mentee, this.api.pairMessages() + "/read", null).getStatus())
			.isEqualTo(200);
		assertThat(this.api.post(this.world.committee, this.api.pairMessages(), MessageCalls.json("x")).getStatus())
			.isEqualTo(404);
	}

}
