package org.tandem.note;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The notes pages: the pair writes, edits and deletes notes without JavaScript, sees the
 * form's errors, and reads its own and the shared notes; the partner never sees a private
 * note; to everyone else the pages do not exist, and no other page shows a note.
 */
@IntegrationTest
class NotePagesTests {

	private static final String SECRET = "Interviewing at the museum next week";

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	PairWorld world;

	NoteCalls api;

	String page;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new NoteCalls(this.world);
		this.page = "/pairings/" + this.world.pairing.id() + "/notes";
	}

	@Test
	void thePageOffersALabelledFormThatIsPrivateByDefault() throws Exception {
		String html = page(this.world.mentor, this.page, 200);
		assertThat(html).contains("<h1>Notes</h1>", "<label for=\"body\">Note", "Markdown works",
				"<legend>Who can read it", "<label for=\"visibility\">Only me</label>",
				"<label for=\"visibility-pair\">" + this.world.mentee.name() + " and me</label>", "No notes yet.");
		assertThat(html).containsPattern("id=\"visibility\" name=\"visibility\" value=\"PRIVATE\" checked");
		assertThat(html).doesNotContainPattern("id=\"visibility-pair\" name=\"visibility\" value=\"PAIR\" checked");
	}

	@Test
	void aMemberWritesNotesAndReadsThemRenderedWithWhoReadsThem() throws Exception {
		Cookie mentor = this.world.signIn(this.world.mentor);
		MockHttpServletResponse saved = this.mvc
			.perform(post(this.page).cookie(mentor)
				.with(csrf())
				.param("body", "A **bold** plan\n\n- first\n- second")
				.param("visibility", "PAIR"))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo(this.page);
		this.mvc
			.perform(post(this.page).cookie(mentor)
				.with(csrf())
				.param("body", "Only for me <script>alert(1)</script>")
				.param("visibility", "PRIVATE"))
			.andReturn();
		this.api.write(this.world.mentee, "PAIR", "From the mentee");
		this.api.write(this.world.mentee, "PRIVATE", SECRET);

		String html = page(this.world.mentor, this.page, 200);
		assertThat(html).contains("<strong>bold</strong>", "<li>first</li>", "Shared with " + this.world.mentee.name(),
				"Only you", "Shared with you", "From the mentee", "Only for me &lt;script&gt;alert(1)&lt;/script&gt;",
				this.world.mentee.name() + " · ", "You · ");
		assertThat(html).doesNotContain(SECRET, "<script>alert(1)");
		// the partner's notes have no edit link, one's own have
		assertThat(html.split("Edit or delete", -1)).hasSize(3);

		String mentees = page(this.world.mentee, this.page, 200);
		assertThat(mentees).contains(SECRET, "From the mentee", "<strong>bold</strong>", "Shared with you")
			.doesNotContain("Only for me");
	}

	@Test
	void theFormSaysWhatIsWrongWithoutLosingTheText() throws Exception {
		MockHttpServletResponse empty = form(post(this.page), this.world.mentor, "   ", null);
		assertThat(empty.getStatus()).isEqualTo(400);
		assertThat(empty.getContentAsString()).contains("Please correct the following", "href=\"#body\"",
				"href=\"#visibility\"", "Note is required", "Who can read it: is required");

		MockHttpServletResponse tooLong = form(post(this.page), this.world.mentor, SECRET + "x".repeat(20_001),
				"PRIVATE");
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(tooLong.getContentAsString()).contains("Note must be at most 20000 characters long", SECRET);

		MockHttpServletResponse unknown = form(post(this.page), this.world.mentor, SECRET, "EVERYONE");
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat(unknown.getContentAsString()).contains("Who can read it: has an invalid value", SECRET);
		assertThat(this.api.get(this.world.mentor, this.api.pairNotes()).getContentAsString()).contains("\"total\":0");
	}

	@Test
	void theAuthorEditsAndDeletesANote() throws Exception {
		UUID note = this.api.write(this.world.mentee, "PRIVATE", "Before *the edit*");
		String edit = "/notes/" + note + "/edit";
		String form = page(this.world.mentee, edit, 200);
		assertThat(form).contains("<h1>Edit your note</h1>", "Before *the edit*", "Delete this note for good");
		assertThat(form).containsPattern("id=\"visibility\" name=\"visibility\" value=\"PRIVATE\" checked");

		MockHttpServletResponse invalid = form(post(edit), this.world.mentee, "", "PAIR");
		assertThat(invalid.getStatus()).isEqualTo(400);
		assertThat(invalid.getContentAsString()).contains("Note is required");

		MockHttpServletResponse saved = form(post(edit), this.world.mentee, "After the edit", "PAIR");
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo(this.page);
		assertThat(page(this.world.mentor, this.page, 200)).contains("After the edit", "(edited)")
			.doesNotContain("Before");

		MockHttpServletResponse deleted = this.mvc
			.perform(post("/notes/" + note + "/delete").cookie(this.world.signIn(this.world.mentee)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(deleted.getStatus()).isEqualTo(302);
		assertThat(deleted.getRedirectedUrl()).isEqualTo(this.page);
		assertThat(page(this.world.mentee, this.page, 200)).doesNotContain("After the edit").contains("No notes yet.");
		page(this.world.mentee, edit, 404);
	}

	@Test
	void thePartnerMayNotEditOrDeleteANote() throws Exception {
		UUID shared = this.api.write(this.world.mentee, "PAIR", "Shared words");
		UUID hidden = this.api.write(this.world.mentee, "PRIVATE", SECRET);

		page(this.world.mentor, "/notes/" + shared + "/edit", 403);
		assertThat(form(post("/notes/" + shared + "/edit"), this.world.mentor, "taken over", "PAIR").getStatus())
			.isEqualTo(403);
		assertThat(postAs(this.world.mentor, "/notes/" + shared + "/delete").getStatus()).isEqualTo(403);
		assertThat(page(this.world.mentor, "/notes/" + hidden + "/edit", 404)).doesNotContain(SECRET);
		assertThat(form(post("/notes/" + hidden + "/edit"), this.world.mentor, "taken over", "PAIR").getStatus())
			.isEqualTo(404);
		assertThat(postAs(this.world.mentor, "/notes/" + hidden + "/delete").getStatus()).isEqualTo(404);
		assertThat(page(this.world.mentee, this.page, 200)).contains("Shared words", SECRET);
	}

	@Test
	void toEveryoneOutsideThePairThePagesDoNotExist() throws Exception {
		UUID shared = this.api.write(this.world.mentor, "PAIR", SECRET);
		UUID hidden = this.api.write(this.world.mentee, "PRIVATE", SECRET);
		for (Person outsider : List.of(this.world.committee, this.world.admin, this.world.otherMentor,
				this.world.stranger)) {
			assertThat(page(outsider, this.page, 404)).doesNotContain(SECRET);
			assertThat(form(post(this.page), outsider, "intruding", "PAIR").getStatus()).isEqualTo(404);
			assertThat(form(post(this.page), outsider, "", null).getStatus()).isEqualTo(404);
			for (UUID note : List.of(shared, hidden)) {
				assertThat(page(outsider, "/notes/" + note + "/edit", 404)).doesNotContain(SECRET);
				assertThat(form(post("/notes/" + note + "/edit"), outsider, "defaced", "PAIR").getStatus())
					.isEqualTo(404);
				assertThat(form(post("/notes/" + note + "/edit"), outsider, "", "PAIR").getStatus()).isEqualTo(404);
				assertThat(postAs(outsider, "/notes/" + note + "/delete").getStatus()).isEqualTo(404);
			}
		}
		MockHttpServletResponse anonymous = this.mvc.perform(get(this.page)).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getHeader(HttpHeaders.LOCATION)).endsWith("/login");
		assertThat(page(this.world.mentor, "/notes/not-a-note/edit", 404)).doesNotContain(SECRET);
		assertThat(page(this.world.mentee, this.page, 200)).contains(SECRET);
	}

	@Test
	void noOtherPageShowsTheNotes() throws Exception {
		String shared = "SharedNoteMarker" + java.util.UUID.randomUUID();
		this.api.write(this.world.mentor, "PAIR", shared);
		this.api.write(this.world.mentee, "PRIVATE", SECRET);
		String pairing = "/pairings/" + this.world.pairing.id();
		String program = "/programs/" + this.world.program.id().value();
		for (String path : List.of(pairing, pairing + "/meetings", pairing + "/agreement", program,
				program + "/pairings", "/pairings", "/")) {
			assertThat(page(this.world.committee, path, 200)).as(path).doesNotContain(SECRET, shared);
		}
		for (String path : List.of(pairing, pairing + "/meetings", program + "/pairings", "/")) {
			assertThat(page(this.world.admin, path, 200)).as(path).doesNotContain(SECRET, shared);
		}
		// the partner reads the shared note on the workspace, never the mentee's private
		// one
		for (String path : List.of(pairing, pairing + "/meetings", "/pairings", "/", program)) {
			assertThat(page(this.world.mentor, path, 200)).as(path).doesNotContain(SECRET);
		}
		assertThat(page(this.world.mentor, pairing, 200)).contains(shared);
	}

	@Test
	void aClosedPairingsNotesAreReadOnly() throws Exception {
		UUID mine = this.api.write(this.world.mentor, "PAIR", "Written while open");
		this.world.close(this.world.mentee, "We met our goals.");

		String html = page(this.world.mentor, this.page, 200);
		assertThat(html).contains("Written while open", "This pairing is closed")
			.doesNotContain("Save the note", "Edit or delete", "<textarea");
		page(this.world.mentor, "/notes/" + mine + "/edit", 409);
		assertThat(form(post("/notes/" + mine + "/edit"), this.world.mentor, "late", "PAIR").getStatus())
			.isEqualTo(409);
		assertThat(form(post(this.page), this.world.mentor, "late", "PAIR").getStatus()).isEqualTo(409);
		assertThat(form(post(this.page), this.world.mentor, "", "PAIR").getStatus()).isEqualTo(409);
		assertThat(postAs(this.world.mentor, "/notes/" + mine + "/delete").getStatus()).isEqualTo(409);
		assertThat(page(this.world.mentee, this.page, 200)).contains("Written while open");
		page(this.world.committee, this.page, 404);
	}

	private String page(Person person, String path, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).cookie(this.world.signIn(person)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("%s as %s", path, person.name()).isEqualTo(status);
		return response.getContentAsString();
	}

	private MockHttpServletResponse postAs(Person person, String path) throws Exception {
		return this.mvc.perform(post(path).cookie(this.world.signIn(person)).with(csrf())).andReturn().getResponse();
	}

	private MockHttpServletResponse form(MockHttpServletRequestBuilder request, Person person, String body,
			String visibility) throws Exception {
		request.cookie(this.world.signIn(person)).with(csrf()).param("body", body);
		if (visibility != null) {
			request.param("visibility", visibility);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
