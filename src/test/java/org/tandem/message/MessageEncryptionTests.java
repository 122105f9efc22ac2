package org.tandem.message;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A message's body is stored only as ciphertext, bound to its row: a ciphertext copied
 * from another pair's message into one's own is not decrypted for anyone.
 */
@IntegrationTest
class MessageEncryptionTests {

	private static final String SECRET = "I am thinking of applying for the director post";

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	MessageCalls api;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new MessageCalls(this.world);
	}

	@Test
	void theMessageTableHoldsNoPlaintext() throws Exception {
		String sentinel = SECRET + " " + UUID.randomUUID();
		UUID message = this.api.send(this.world.mentee, sentinel);

		byte[] stored = this.jdbc.sql("select body_enc from message where id = :id")
			.param("id", message)
			.query(byte[].class)
			.single();
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).startsWith("v2:")
			.doesNotContain(sentinel)
			.doesNotContain("director");
		String row = this.jdbc.sql("select m::text from message m where id = :id")
			.param("id", message)
			.query(String.class)
			.single();
		assertThat(row).doesNotContain(sentinel).doesNotContain("director");
		assertThat((String) JsonPath.read(this.api.get(this.world.mentor, this.api.pairMessages()).getContentAsString(),
				"$.items[0].body"))
			.isEqualTo(sentinel);
	}

	@Test
	void aBodyCopiedFromAnotherPairsMessageIsWithheld() throws Exception {
		UUID victim = this.api.send(this.world.otherMentee, SECRET);
		UUID target = this.api.send(this.world.mentor, "Our own message");
		int copied = this.jdbc
			.sql("update message set body_enc = (select body_enc from message where id = :source) where id = :target")
			.param("source", victim)
			.param("target", target)
			.update();
		assertThat(copied).isEqualTo(1);

		String json = this.api.get(this.world.mentee, this.api.pairMessages()).getContentAsString();
		assertThat(json).doesNotContain(SECRET).contains("\"body\":null", "\"html\":null");
		String page = this.mvc
			.perform(get("/pairings/" + this.world.pairing.id() + "/messages")
				.cookie(this.world.signIn(this.world.mentee)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain(SECRET).contains("The text of this message cannot be shown.");
		assertThat((String) JsonPath.read(
				this.api.get(this.world.otherMentor, this.api.otherPairMessages()).getContentAsString(),
				"$.items[0].body"))
			.isEqualTo(SECRET);
	}

}
