package org.tandem.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
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

/**
 * What the database holds of a document is ciphertext only, and stored chunks cannot be
 * swapped, reordered, moved between versions or cut short without the download refusing
 * cleanly.
 */
@IntegrationTest
class DocumentEncryptionTests {

	private static final String TITLE = "Promotion dossier of Ada Quist";

	private static final String FILE_NAME = "quist-dossier-confidential.docx";

	private static final String SENTINEL = "Referee letters praise Ada's cataloguing reform";

	private static final String COMMENT = "Cut the paragraph about the budget dispute";

	@Autowired
	PairWorlds worlds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	PairWorld world;

	DocumentCalls api;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new DocumentCalls(this.world, this.mvc);
	}

	@Test
	void noTitleFileNameCommentOrTextOfTheDocumentIsInAnyDocumentTable() throws Exception {
		byte[] docx = DocumentFiles.docx(SENTINEL);
		assertThat(new String(docx, StandardCharsets.UTF_8)).as("the test file shows its text").contains(SENTINEL);
		UUID id = this.api.share(this.world.mentee, FILE_NAME, docx, TITLE);
		this.api.addVersion(this.world.mentee, id, FILE_NAME, DocumentFiles.pdf(SENTINEL));
		this.api.comment(this.world.mentor, id, DocumentCalls.commentJson(COMMENT, 1));

		for (String table : DocumentCalls.TABLES) {
			List<Map<String, Object>> rows = this.jdbc.sql("select * from " + table).query().listOfRows();
			assertThat(rows).as(table).isNotEmpty();
			for (Map<String, Object> row : rows) {
				for (Object value : row.values()) {
					String text = (value instanceof byte[] bytes) ? new String(bytes, StandardCharsets.ISO_8859_1)
							: String.valueOf(value);
					assertThat(text).as(table).doesNotContain(TITLE, FILE_NAME, "quist", SENTINEL, "Referee", COMMENT);
				}
			}
		}
		MockHttpServletResponse download = this.api.content(this.world.mentor, id, 1);
		assertThat(download.getContentAsByteArray()).isEqualTo(docx);
	}

	@Test
	void swappedReorderedMovedOrMissingChunksAreRefusedBeforeAnyByteIsSent() throws Exception {
		// about 200 KB: four chunks
		byte[] pdf = DocumentFiles.pdf(SENTINEL, 200_000);
		UUID id = this.api.share(this.world.mentee, "long.pdf", pdf, "Long");
		UUID version = version(id, 1);
		assertThat(chunks(version)).isEqualTo(DocumentChunks.count(pdf.length)).isEqualTo(4);

		// swap chunks 0 and 1
		swap(version, 0, 1);
		assertRefused(id, 1);
		swap(version, 0, 1);
		assertThat(this.api.content(this.world.mentee, id, 1).getContentAsByteArray()).isEqualTo(pdf);

		// cut the last chunk off and pretend the version had three
		byte[] last = data(version, 3);
		this.jdbc.sql("delete from document_chunk where version_id = :v and seq = 3").param("v", version).update();
		assertRefused(id, 1);
		this.jdbc.sql("update document_version set chunks = 3 where id = :v").param("v", version).update();
		assertRefused(id, 1);
		this.jdbc.sql("update document_version set chunks = 4 where id = :v").param("v", version).update();
		this.jdbc.sql("insert into document_chunk (version_id, seq, data) values (:v, 3, :d)")
			.param("v", version)
			.param("d", last)
			.update();
		assertThat(this.api.content(this.world.mentee, id, 1).getContentAsByteArray()).isEqualTo(pdf);

		// a chunk of another version put in place of this one's
		this.api.addVersion(this.world.mentee, id, "long.pdf", pdf);
		UUID second = version(id, 2);
		byte[] own = data(version, 0);
		setData(version, 0, data(second, 0));
		assertRefused(id, 1);
		setData(version, 0, own);

		// a flipped bit
		byte[] flipped = own.clone();
		flipped[flipped.length - 1] ^= 1;
		setData(version, 0, flipped);
		assertRefused(id, 1);
	}

	private void assertRefused(UUID id, int version) throws Exception {
		MockHttpServletResponse refused = this.api.content(this.world.mentee, id, version);
		assertThat(refused.getStatus()).isEqualTo(500);
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		assertThat((String) JsonPath.read(refused.getContentAsString(), "$.title")).isEqualTo("Document damaged");
		assertThat(refused.getHeader("Content-Disposition")).isNull();
		assertThat(DocumentCalls.utf8(refused)).doesNotContain(SENTINEL, "%PDF");
	}

	private UUID version(UUID document, int number) {
		return this.jdbc.sql("select id from document_version where document_id = :d and number = :n")
			.param("d", document)
			.param("n", number)
			.query(UUID.class)
			.single();
	}

	private int chunks(UUID version) {
		return this.jdbc.sql("select count(*) from document_chunk where version_id = :v")
			.param("v", version)
			.query(Integer.class)
			.single();
	}

	private byte[] data(UUID version, int seq) {
		return this.jdbc.sql("select data from document_chunk where version_id = :v and seq = :s")
			.param("v", version)
			.param("s", seq)
			.query(byte[].class)
			.single();
	}

	private void setData(UUID version, int seq, byte[] data) {
		this.jdbc.sql("update document_chunk set data = :d where version_id = :v and seq = :s")
			.param("v", version)
			.param("s", seq)
			.param("d", data)
			.update();
	}

	private void swap(UUID version, int a, int b) {
		byte[] first = data(version, a);
		setData(version, a, data(version, b));
		setData(version, b, first);
	}

}
