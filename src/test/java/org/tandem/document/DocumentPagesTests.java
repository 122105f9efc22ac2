package org.tandem.document;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The documents pages: the list with its upload form, a document's page with versions,
 * downloads and comments per version, clear form errors for refused files, and nothing
 * for anyone outside the pair.
 */
@IntegrationTest
class DocumentPagesTests {

	private static final String SECRET = "Draft of the tenure case for the archives post";

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	String page;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.page = "/pairings/" + this.world.pairing.id() + "/documents";
	}

	@Test
	void thePairSharesADocumentSeesItsVersionsDownloadsAndComments() throws Exception {
		Cookie mentee = this.world.signIn(this.world.mentee);
		MockHttpServletResponse form = this.mvc.perform(get(this.page).cookie(mentee)).andReturn().getResponse();
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(form.getContentAsString()).contains("enctype=\"multipart/form-data\"", "<label for=\"file\">",
				"accept=\".pdf,.docx,.odt\"", "No documents shared yet.");

		byte[] pdf = DocumentFiles.pdf(SECRET);
		MockHttpServletResponse shared = upload(this.page, mentee, "tenure.pdf", pdf, SECRET);
		assertThat(shared.getStatus()).isEqualTo(302);
		String location = shared.getRedirectedUrl();
		assertThat(location).startsWith("/documents/");
		UUID id = UUID.fromString(location.substring("/documents/".length()));

		Cookie mentor = this.world.signIn(this.world.mentor);
		assertThat(this.mvc.perform(get(this.page).cookie(mentor)).andReturn().getResponse().getContentAsString())
			.contains(SECRET, "PDF", "version 1", "0 comments");
		MockHttpServletResponse comment = this.mvc
			.perform(post("/documents/" + id + "/comments").cookie(mentor)
				.with(csrf())
				.param("body", "Lead with the digitisation project")
				.param("version", "1"))
			.andReturn()
			.getResponse();
		assertThat(comment.getStatus()).isEqualTo(302);
		assertThat(upload("/documents/" + id + "/versions", mentor, "tenure-2.odt", DocumentFiles.odt("v2"), null)
			.getStatus()).isEqualTo(302);

		MockHttpServletResponse detail = this.mvc.perform(get("/documents/" + id).cookie(mentee))
			.andReturn()
			.getResponse();
		assertThat(detail.getStatus()).isEqualTo(200);
		assertThat(detail.getContentAsString()).contains("<h1>" + SECRET + "</h1>", "Version 2", "Version 1",
				"href=\"/documents/" + id + "/download?version=1\"", "Lead with the digitisation project",
				"Your comment on version 2", "OpenDocument text (ODT)");
		assertThat(DocumentCalls.cacheControl(detail)).contains("no-store");

		MockHttpServletResponse download = this.mvc
			.perform(get("/documents/" + id + "/download?version=1").cookie(mentor))
			.andReturn()
			.getResponse();
		assertThat(download.getStatus()).isEqualTo(200);
		assertThat(download.getContentAsByteArray()).isEqualTo(pdf);
		assertThat(download.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.isEqualTo("attachment; filename=\"tenure-v1.pdf\"");
		assertThat(download.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(DocumentCalls.cacheControl(download)).contains("no-store");
	}

	@Test
	void aRefusedFileIsExplainedNextToTheFileInputAndNothingIsStored() throws Exception {
		Cookie mentee = this.world.signIn(this.world.mentee);
		List<Long> before = DocumentCalls.rows(this.jdbc);

		MockHttpServletResponse elf = upload(this.page, mentee, "cv.pdf", DocumentFiles.elf(), "CV");
		assertThat(elf.getStatus()).isEqualTo(415);
		assertThat(elf.getContentAsString()).contains("Please correct the following",
				"The file is not a PDF, Word (DOCX) or OpenDocument text (ODT) document.", "value=\"CV\"");

		MockHttpServletResponse big = upload(this.page, mentee, "big.pdf", DocumentFiles.pdf("b", 11 * 1024 * 1024),
				null);
		assertThat(big.getStatus()).isEqualTo(413);
		assertThat(big.getContentAsString()).contains("The file is larger than 10 MB.");

		MockHttpServletResponse empty = upload(this.page, mentee, "empty.pdf", new byte[0], null);
		assertThat(empty.getStatus()).isEqualTo(400);
		assertThat(empty.getContentAsString()).contains("The file is empty");

		MockHttpServletResponse none = upload(this.page, mentee, "", new byte[0], null);
		assertThat(none.getStatus()).isEqualTo(400);
		assertThat(none.getContentAsString()).contains("The file is required");

		assertThat(DocumentCalls.rows(this.jdbc)).isEqualTo(before);

		UUID id = new DocumentCalls(this.world, this.mvc).share(this.world.mentee, "a.pdf", DocumentFiles.pdf("a"),
				null);
		MockHttpServletResponse badVersion = upload("/documents/" + id + "/versions", mentee, "x.pdf",
				DocumentFiles.elf(), null);
		assertThat(badVersion.getStatus()).isEqualTo(415);
		assertThat(badVersion.getContentAsString()).contains("The file is not a PDF");
		MockHttpServletResponse blank = this.mvc
			.perform(post("/documents/" + id + "/comments").cookie(mentee)
				.with(csrf())
				.param("body", " ")
				.param("version", "1"))
			.andReturn()
			.getResponse();
		assertThat(blank.getStatus()).isEqualTo(400);
		assertThat(blank.getContentAsString()).contains("Your comment on version 1 is required", "href=\"#v1-body\"");
	}

	@Test
	void outsidersGetA404OnEveryDocumentPageAndAClosedPairingShowsNoForms() throws Exception {
		UUID id = new DocumentCalls(this.world, this.mvc).share(this.world.mentee, "s.pdf", DocumentFiles.pdf(SECRET),
				SECRET);
		for (Person outsider : List.of(this.world.otherMentor, this.world.committee, this.world.admin,
				this.world.stranger)) {
			Cookie cookie = this.world.signIn(outsider);
			for (MockHttpServletResponse answer : List
				.of(this.mvc.perform(get(this.page).cookie(cookie)).andReturn().getResponse(),
						this.mvc.perform(get("/documents/" + id).cookie(cookie)).andReturn().getResponse(),
						this.mvc.perform(get("/documents/" + id + "/download").cookie(cookie))
							.andReturn()
							.getResponse(),
						upload(this.page, cookie, "x.pdf", DocumentFiles.pdf("x"), "x"),
						upload("/documents/" + id + "/versions", cookie, "x.pdf", DocumentFiles.pdf("x"), null),
						this.mvc.perform(post("/documents/" + id + "/comments").cookie(cookie)
							.with(csrf())
							.param("body", "x")
							.param("version", "1")).andReturn().getResponse())) {
				assertThat(answer.getStatus()).as(outsider.name()).isEqualTo(404);
				assertThat(answer.getContentAsString()).doesNotContain(SECRET);
			}
		}

		this.world.close(this.world.mentor, "Done.");
		Cookie mentee = this.world.signIn(this.world.mentee);
		String list = this.mvc.perform(get(this.page).cookie(mentee)).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("This pairing is closed", SECRET).doesNotContain("type=\"file\"");
		String detail = this.mvc.perform(get("/documents/" + id).cookie(mentee))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).contains("This pairing is closed").doesNotContain("type=\"file\"", "<textarea");
		assertThat(upload(this.page, mentee, "x.pdf", DocumentFiles.pdf("x"), null).getStatus()).isEqualTo(409);
	}

	private MockHttpServletResponse upload(String path, Cookie cookie, String name, byte[] bytes, String title)
			throws Exception {
		var request = multipart(HttpMethod.POST, path)
			.file(new MockMultipartFile("file", name, "application/pdf", bytes))
			.cookie(cookie)
			.with(csrf());
		if (title != null) {
			request.param("title", title);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
