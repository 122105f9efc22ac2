package org.tandem.document;

import java.nio.charset.StandardCharsets;
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
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documents API: each kind is accepted and comes back byte for byte, anything else,
 * too large or empty is refused with nothing stored, versions and comments, a closed
 * pairing's documents are read-only, and to anyone outside the pair they do not exist.
 */
@IntegrationTest
class DocumentApiTests {

	private static final String SENTINEL = "Sabbatical in Uppsala, draft budget";

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
	void aPdfADocxAndAnOdtAreAcceptedAndDownloadedBackByteForByte() throws Exception {
		check("proposal.pdf", DocumentFiles.pdf(SENTINEL), DocumentType.PDF);
		check("proposal.docx", DocumentFiles.docx(SENTINEL), DocumentType.DOCX);
		check("Proposal (final) é.odt", DocumentFiles.odt(SENTINEL), DocumentType.ODT);
	}

	private void check(String name, byte[] bytes, DocumentType type) throws Exception {
		MockHttpServletResponse created = this.api.upload(this.world.mentee, name, "application/octet-stream", bytes,
				"My " + type.label());
		assertThat(created.getStatus()).as(name).isEqualTo(201);
		String json = created.getContentAsString();
		UUID id = UUID.fromString(JsonPath.read(json, "$.id"));
		assertThat((String) JsonPath.read(json, "$.title")).isEqualTo("My " + type.label());
		assertThat((String) JsonPath.read(json, "$.contentType")).isEqualTo(type.mediaType());
		assertThat(((Number) JsonPath.read(json, "$.size")).longValue()).isEqualTo(bytes.length);
		assertThat((Integer) JsonPath.read(json, "$.version")).isEqualTo(1);
		assertThat(created.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/documents/" + id);

		MockHttpServletResponse download = this.api.content(this.world.mentor, id, null);
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentAsByteArray()).isEqualTo(bytes);
		assertThat(download.getContentType()).isEqualTo(type.mediaType());
		assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=\"")
			.endsWith("-v1." + type.extension() + "\"")
			.doesNotContain("é", "(", "/");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(DocumentCalls.cacheControl(download)).contains("no-store");
		assertThat(this.api.content(this.world.mentee, id, 1).getContentAsByteArray()).isEqualTo(bytes);
	}

	@Test
	void withoutATitleTheFileNameWithoutItsFolderAndExtensionIsTheTitle() throws Exception {
		MockHttpServletResponse created = this.api.upload(this.world.mentor, "C:\\drafts\\Dossier 2026.pdf",
				"application/pdf", DocumentFiles.pdf("x"), null);
		assertThat(created.getStatus()).isEqualTo(201);
		assertThat((String) JsonPath.read(created.getContentAsString(), "$.title")).isEqualTo("Dossier 2026");
		UUID id = UUID.fromString(JsonPath.read(created.getContentAsString(), "$.id"));
		assertThat(this.api.content(this.world.mentor, id, null).getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"Dossier 2026-v1.pdf\"");
	}

	@Test
	void aRenamedExecutableIsA415AndNothingIsStored() throws Exception {
		List<Long> before = DocumentCalls.rows(this.jdbc);
		MockHttpServletResponse refused = this.api.upload(this.world.mentee, "cv.pdf", "application/pdf",
				DocumentFiles.elf(), SENTINEL);
		assertThat(refused.getStatus()).isEqualTo(415);
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		assertThat((String) JsonPath.read(refused.getContentAsString(), "$.detail"))
			.isEqualTo("The file is not a PDF, DOCX or ODT document.");
		assertThat(refused.getContentAsString()).doesNotContain(SENTINEL);
		// a zip that is no document, and an HTML page named like a Word file
		assertThat(this.api
			.upload(this.world.mentee, "a.docx", "application/octet-stream",
					DocumentFiles.zip(new DocumentFiles.Entry("a.txt", "hello", false)), null)
			.getStatus()).isEqualTo(415);
		assertThat(this.api
			.upload(this.world.mentee, "a.docx", "text/html", "<html><p>hi</p></html>".getBytes(StandardCharsets.UTF_8),
					null)
			.getStatus()).isEqualTo(415);
		assertThat(DocumentCalls.rows(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aFileOver10MbIsA413AndNothingIsStored() throws Exception {
		List<Long> before = DocumentCalls.rows(this.jdbc);
		MockHttpServletResponse refused = this.api.upload(this.world.mentee, "big.pdf", "application/pdf",
				DocumentFiles.pdf("big", 11 * 1024 * 1024), null);
		assertThat(refused.getStatus()).isEqualTo(413);
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		assertThat(DocumentCalls.rows(this.jdbc)).isEqualTo(before);
		// exactly 10 MiB is still accepted
		byte[] limit = DocumentFiles.pdf("limit", 10 * 1024 * 1024 - 2048);
		byte[] exact = java.util.Arrays.copyOf(limit, (int) Documents.MAX_BYTES);
		assertThat(this.api.upload(this.world.mentee, "limit.pdf", "application/pdf", exact, null).getStatus())
			.isEqualTo(201);
	}

	@Test
	void anEmptyOrMissingFileIsA400AndNothingIsStored() throws Exception {
		List<Long> before = DocumentCalls.rows(this.jdbc);
		MockHttpServletResponse empty = this.api.upload(this.world.mentee, "empty.pdf", "application/pdf", new byte[0],
				null);
		assertThat(empty.getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(empty.getContentAsString(), "$.errors[0].field")).isEqualTo("file");
		assertThat((String) JsonPath.read(empty.getContentAsString(), "$.errors[0].message")).isEqualTo("is empty");
		MockHttpServletResponse longTitle = this.api.upload(this.world.mentee, "a.pdf", "application/pdf",
				DocumentFiles.pdf("a"), "t".repeat(201));
		assertThat(longTitle.getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(longTitle.getContentAsString(), "$.errors[0].field")).isEqualTo("title");
		assertThat(DocumentCalls.rows(this.jdbc)).isEqualTo(before);
	}

	@Test
	void aNewVersionIsNumberedNextAndEveryVersionStaysDownloadable() throws Exception {
		byte[] first = DocumentFiles.pdf("first draft");
		byte[] second = DocumentFiles.docx("second draft");
		UUID id = this.api.share(this.world.mentee, "dossier.pdf", first, "Dossier");

		MockHttpServletResponse added = this.api.addVersion(this.world.mentor, id, "dossier.docx", second);
		assertThat(added.getStatus()).isEqualTo(201);
		assertThat((Integer) JsonPath.read(added.getContentAsString(), "$.version")).isEqualTo(2);
		assertThat((String) JsonPath.read(added.getContentAsString(), "$.contentType"))
			.isEqualTo(DocumentType.DOCX.mediaType());
		assertThat((String) JsonPath.read(added.getContentAsString(), "$.title")).isEqualTo("Dossier");

		assertThat(this.api.content(this.world.mentee, id, null).getContentAsByteArray()).isEqualTo(second);
		assertThat(this.api.content(this.world.mentee, id, 1).getContentAsByteArray()).isEqualTo(first);
		assertThat(this.api.content(this.world.mentee, id, 3).getStatus()).isEqualTo(404);
		assertThat(this.api.content(this.world.mentee, id, 0).getStatus()).isEqualTo(404);

		List<Long> before = DocumentCalls.rows(this.jdbc);
		assertThat(this.api.addVersion(this.world.mentor, id, "x.pdf", DocumentFiles.elf()).getStatus()).isEqualTo(415);
		assertThat(this.api.addVersion(this.world.mentor, id, "x.pdf", new byte[0]).getStatus()).isEqualTo(400);
		assertThat(DocumentCalls.rows(this.jdbc)).isEqualTo(before);

		MockHttpServletResponse list = this.api.get(this.world.mentor, this.api.pairDocuments());
		assertThat(list.getStatus()).isEqualTo(200);
		assertThat((List<String>) JsonPath.read(list.getContentAsString(), "$.items[*].id"))
			.containsExactly(id.toString());
		assertThat((Integer) JsonPath.read(list.getContentAsString(), "$.items[0].version")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(list.getContentAsString(), "$.items[0].versions")).isEqualTo(2);
		assertThat(DocumentCalls.cacheControl(list)).contains("no-store");
	}

	@Test
	void thePairCommentsOnAVersionTheLatestByDefault() throws Exception {
		UUID id = this.api.share(this.world.mentee, "d.pdf", DocumentFiles.pdf("one"), "Draft");
		this.api.addVersion(this.world.mentee, id, "d.pdf", DocumentFiles.pdf("two"));

		MockHttpServletResponse onFirst = this.api.comment(this.world.mentor, id,
				DocumentCalls.commentJson("Tighten the budget section", 1));
		assertThat(onFirst.getStatus()).isEqualTo(201);
		assertThat((Integer) JsonPath.read(onFirst.getContentAsString(), "$.version")).isEqualTo(1);
		MockHttpServletResponse onLatest = this.api.comment(this.world.mentee, id,
				DocumentCalls.commentJson("Done in version 2", null));
		assertThat(onLatest.getStatus()).isEqualTo(201);
		assertThat((Integer) JsonPath.read(onLatest.getContentAsString(), "$.version")).isEqualTo(2);
		assertThat((String) JsonPath.read(onLatest.getContentAsString(), "$.authorId"))
			.isEqualTo(this.world.mentee.id().value().toString());

		MockHttpServletResponse comments = this.api.get(this.world.mentee, "/api/v1/documents/" + id + "/comments");
		assertThat(comments.getStatus()).isEqualTo(200);
		assertThat((List<String>) JsonPath.read(comments.getContentAsString(), "$.items[*].body"))
			.containsExactly("Tighten the budget section", "Done in version 2");
		assertThat(DocumentCalls.cacheControl(comments)).contains("no-store");
		assertThat(
				(Integer) JsonPath.read(this.api.get(this.world.mentor, this.api.pairDocuments()).getContentAsString(),
						"$.items[0].comments"))
			.isEqualTo(2);

		assertField(this.api.comment(this.world.mentor, id, DocumentCalls.commentJson("  ", null)), "body");
		assertField(this.api.comment(this.world.mentor, id, DocumentCalls.commentJson("x".repeat(5001), null)), "body");
		assertField(this.api.comment(this.world.mentor, id, DocumentCalls.commentJson("On what?", 3)), "version");
		assertField(this.api.comment(this.world.mentor, id, "{\"body\":\"x\",\"mood\":1}"), "mood");
	}

	@Test
	void toAnyoneOutsideThePairEveryDocumentEndpointIsA404() throws Exception {
		UUID id = this.api.share(this.world.mentee, "secret.pdf", DocumentFiles.pdf(SENTINEL), SENTINEL);
		this.api.comment(this.world.mentee, id, DocumentCalls.commentJson(SENTINEL, null));
		List<Long> before = DocumentCalls.rows(this.jdbc);
		for (Person outsider : List.of(this.world.otherMentor, this.world.otherMentee, this.world.committee,
				this.world.admin, this.world.stranger)) {
			List<MockHttpServletResponse> answers = List.of(
					this.api.upload(outsider, "x.pdf", "application/pdf", DocumentFiles.pdf("x"), "x"),
					this.api.addVersion(outsider, id, "x.pdf", DocumentFiles.pdf("x")),
					this.api.get(outsider, this.api.pairDocuments()), this.api.content(outsider, id, null),
					this.api.content(outsider, id, 1),
					this.api.comment(outsider, id, DocumentCalls.commentJson("x", 1)),
					this.api.get(outsider, "/api/v1/documents/" + id + "/comments"));
			for (MockHttpServletResponse answer : answers) {
				assertThat(answer.getStatus()).as(outsider.name()).isEqualTo(404);
				assertThat(DocumentCalls.utf8(answer)).doesNotContain(SENTINEL);
			}
		}
		assertThat(DocumentCalls.rows(this.jdbc)).isEqualTo(before);
		// an unknown or malformed id is a 404 as well
		assertThat(this.api.content(this.world.mentee, UUID.randomUUID(), null).getStatus()).isEqualTo(404);
		assertThat(this.api.get(this.world.mentee, "/api/v1/documents/not-an-id/comments").getStatus()).isEqualTo(404);
	}

	@Test
	void aClosedPairingsDocumentsStayReadableAndTakeNoWrites() throws Exception {
		byte[] bytes = DocumentFiles.odt("kept");
		UUID id = this.api.share(this.world.mentee, "kept.odt", bytes, "Kept");
		this.api.comment(this.world.mentor, id, DocumentCalls.commentJson("A comment", null));
		this.world.close(this.world.mentor, "The year is over.");
		List<Long> before = DocumentCalls.rows(this.jdbc);

		assertThat(this.api.upload(this.world.mentee, "n.pdf", "application/pdf", DocumentFiles.pdf("n"), null)
			.getStatus()).isEqualTo(409);
		assertThat(this.api.addVersion(this.world.mentee, id, "n.pdf", DocumentFiles.pdf("n")).getStatus())
			.isEqualTo(409);
		assertThat(this.api.comment(this.world.mentor, id, DocumentCalls.commentJson("late", null)).getStatus())
			.isEqualTo(409);
		assertThat(DocumentCalls.rows(this.jdbc)).isEqualTo(before);

		assertThat(this.api.content(this.world.mentor, id, null).getContentAsByteArray()).isEqualTo(bytes);
		assertThat(this.api.get(this.world.mentee, this.api.pairDocuments()).getStatus()).isEqualTo(200);
		assertThat(this.api.get(this.world.mentee, "/api/v1/documents/" + id + "/comments").getStatus()).isEqualTo(200);
	}

	private static void assertField(MockHttpServletResponse response, String field) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		assertThat((List<String>) JsonPath.read(response.getContentAsString(), "$.errors[*].field")).contains(field);
	}

}
