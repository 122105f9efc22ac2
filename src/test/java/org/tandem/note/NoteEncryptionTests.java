package org.tandem.note;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A note's body is stored only as ciphertext, bound to its row: someone who can write to
 * the database and copies another note's ciphertext into a note of their own does not get
 * Tandem to decrypt it for them.
 */
@IntegrationTest
class NoteEncryptionTests {

	private static final String SECRET = "My manager does not know I am leaving";

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	NoteCalls api;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new NoteCalls(this.world);
	}

	@Test
	void theNoteTableHoldsNoPlaintext() throws Exception {
		String sentinel = SECRET + " " + UUID.randomUUID();
		UUID note = this.api.write(this.world.mentee, "PRIVATE", sentinel);
		this.api.change(this.world.mentee, note, "{\"body\":" + NoteCalls.quote(sentinel + " (edited)") + "}");

		byte[] stored = this.jdbc.sql("select body_enc from note where id = :id")
			.param("id", note)
			.query(byte[].class)
			.single();
		String text = new String(stored, StandardCharsets.ISO_8859_1);
		assertThat(text).startsWith("v2:").doesNotContain(sentinel).doesNotContain("leaving");
		String row = this.jdbc.sql("select n::text from note n where id = :id")
			.param("id", note)
			.query(String.class)
			.single();
		assertThat(row).doesNotContain(sentinel).doesNotContain("leaving");
		assertThat((String) JsonPath.read(this.api.read(this.world.mentee, note).getContentAsString(), "$.body"))
			.isEqualTo(sentinel + " (edited)");
	}

	@Test
	void aBodyCopiedFromAnotherPairsNoteIsWithheld() throws Exception {
		UUID victim = this.api.write(this.world.otherMentee, "PAIR", SECRET);
		UUID target = this.api.write(this.world.mentor, "PAIR", "Our own note");
		copy(victim, target);

		MockHttpServletResponse read = this.api.read(this.world.mentor, target);
		assertThat(read.getStatus()).isEqualTo(200);
		assertThat(read.getContentAsString()).doesNotContain(SECRET).contains("\"body\":null", "\"html\":null");
		assertThat(this.api.get(this.world.mentor, this.api.pairNotes()).getContentAsString()).doesNotContain(SECRET);
		assertThat(this.mvc
			.perform(
					get("/pairings/" + this.world.pairing.id() + "/notes").cookie(this.world.signIn(this.world.mentor)))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(SECRET).contains("The text of this note cannot be shown.");
		assertThat((String) JsonPath.read(this.api.read(this.world.otherMentee, victim).getContentAsString(), "$.body"))
			.isEqualTo(SECRET);
	}

	@Test
	void thePartnersPrivateNoteCopiedIntoOnesOwnNoteIsWithheld() throws Exception {
		UUID hidden = this.api.write(this.world.mentee, "PRIVATE", SECRET);
		UUID mine = this.api.write(this.world.mentor, "PRIVATE", "My own note");
		copy(hidden, mine);

		assertThat(this.api.read(this.world.mentor, mine).getContentAsString()).doesNotContain(SECRET)
			.contains("\"body\":null");
		// a withheld note takes a new text, and only a new text
		assertThat(this.api.change(this.world.mentor, mine, "{\"visibility\":\"PAIR\"}").getStatus()).isEqualTo(400);
		MockHttpServletResponse rewritten = this.api.change(this.world.mentor, mine, "{\"body\":\"Written anew\"}");
		assertThat((String) JsonPath.read(rewritten.getContentAsString(), "$.body")).isEqualTo("Written anew");
	}

	private void copy(UUID source, UUID target) {
		int copied = this.jdbc
			.sql("update note set body_enc = (select body_enc from note where id = :source) where id = :target")
			.param("source", source)
			.param("target", target)
			.update();
		assertThat(copied).isEqualTo(1);
	}

}
