package org.tandem.note;

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
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notes API: the pair writes and reads notes, each reads their own and the shared
 * ones, only the author changes or deletes a note, a closed pairing's notes are
 * read-only, and to anyone outside the pair (another pair, the committee, an
 * administrator, a stranger) the notes do not exist.
 */
@IntegrationTest
class NoteApiTests {

	private static final String SECRET = "Thinking of applying for the Leeds post";

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	PairWorld world;

	NoteCalls api;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new NoteCalls(this.world);
	}

	@Test
	void aMemberWritesANoteAndGetsItBackWithItsRenderedHtml() throws Exception {
		MockHttpServletResponse created = this.api.post(this.world.mentor, this.api.pairNotes(),
				NoteCalls.json("**Plan**: " + SECRET + "\n<script>alert(1)</script>", "PRIVATE"));

		assertThat(created.getStatus()).isEqualTo(201);
		String json = created.getContentAsString();
		String id = JsonPath.read(json, "$.id");
		assertThat(created.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/notes/" + id);
		assertThat((String) JsonPath.read(json, "$.authorId")).isEqualTo(this.world.mentor.id().value().toString());
		assertThat((String) JsonPath.read(json, "$.pairingId")).isEqualTo(this.world.pairing.id().toString());
		assertThat((String) JsonPath.read(json, "$.visibility")).isEqualTo("PRIVATE");
		assertThat((String) JsonPath.read(json, "$.body"))
			.isEqualTo("**Plan**: " + SECRET + "\n<script>alert(1)</script>");
		assertThat((String) JsonPath.read(json, "$.html"))
			.isEqualTo("<p><strong>Plan</strong>: " + SECRET + "</p>\n<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
		assertThat((String) JsonPath.read(json, "$.createdAt")).isNotBlank();
		assertThat((String) JsonPath.read(json, "$.updatedAt")).isEqualTo(JsonPath.read(json, "$.createdAt"));
		assertThat(created.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");

		MockHttpServletResponse read = this.api.read(this.world.mentor, UUID.fromString(id));
		assertThat(read.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(read.getContentAsString(), "$.body")).contains(SECRET);
		assertThat(read.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
	}

	@Test
	void eachReadsTheirOwnNotesAndTheSharedOnesNewestFirstNeverThePartnersPrivateNotes() throws Exception {
		UUID mentorPrivate = this.api.write(this.world.mentor, "PRIVATE", "mentor private");
		UUID menteePrivate = this.api.write(this.world.mentee, "PRIVATE", "mentee private " + SECRET);
		UUID mentorShared = this.api.write(this.world.mentor, "PAIR", "mentor shared");
		UUID menteeShared = this.api.write(this.world.mentee, "PAIR", "mentee shared");

		MockHttpServletResponse mentors = this.api.get(this.world.mentor, this.api.pairNotes());
		assertThat(mentors.getStatus()).isEqualTo(200);
		assertThat(ids(mentors)).containsExactly(menteeShared.toString(), mentorShared.toString(),
				mentorPrivate.toString());
		assertThat((Integer) JsonPath.read(mentors.getContentAsString(), "$.total")).isEqualTo(3);
		assertThat(mentors.getContentAsString()).doesNotContain(SECRET, menteePrivate.toString());
		assertThat(mentors.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");

		MockHttpServletResponse mentees = this.api.get(this.world.mentee, this.api.pairNotes());
		assertThat(ids(mentees)).containsExactly(menteeShared.toString(), mentorShared.toString(),
				menteePrivate.toString());

		MockHttpServletResponse second = this.api.get(this.world.mentor, this.api.pairNotes() + "?page=1&size=2");
		assertThat(ids(second)).containsExactly(mentorPrivate.toString());
		assertThat((Integer) JsonPath.read(second.getContentAsString(), "$.page")).isEqualTo(1);
		assertThat((Integer) JsonPath.read(second.getContentAsString(), "$.size")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(second.getContentAsString(), "$.total")).isEqualTo(3);
		assertThat(this.api.get(this.world.mentor, this.api.pairNotes() + "?size=500").getStatus()).isEqualTo(400);
	}

	@Test
	void badInputIsA400NamingEveryFieldAtFaultWithoutRepeatingTheText() throws Exception {
		assertErrors(this.api.post(this.world.mentor, this.api.pairNotes(), "{\"body\":\"   \"}"), "body",
				"visibility");
		assertErrors(this.api.post(this.world.mentor, this.api.pairNotes(), "{}"), "body", "visibility");
		assertErrors(this.api.post(this.world.mentor, this.api.pairNotes(),
				NoteCalls.json(SECRET + "x".repeat(20_001), "PRIVATE")), "body");
		assertErrors(this.api.post(this.world.mentor, this.api.pairNotes(), NoteCalls.json(SECRET, "SECRET")),
				"visibility");
		assertErrors(this.api.post(this.world.mentor, this.api.pairNotes(), NoteCalls.json(SECRET, "private")),
				"visibility");
		assertErrors(this.api.post(this.world.mentor, this.api.pairNotes(),
				"{\"body\":\"" + SECRET + "\",\"visibility\":\"PAIR\",\"mood\":\"sunny\"}"), "mood");
		assertErrors(
				this.api.post(this.world.mentor, this.api.pairNotes(), "{\"body\":\"" + SECRET
						+ "\",\"visibility\":\"PAIR\",\"authorId\":\"" + this.world.mentee.id().value() + "\"}"),
				"authorId");
		assertErrors(this.api.post(this.world.mentor, this.api.pairNotes(), NoteCalls.json(SECRET + "\u0007", "PAIR")),
				"body");
		assertThat(this.api.get(this.world.mentor, this.api.pairNotes()).getContentAsString()).contains("\"total\":0");

		// exactly the most is fine, and surrounding blank lines do not count
		MockHttpServletResponse longest = this.api.post(this.world.mentor, this.api.pairNotes(),
				NoteCalls.json("\n\n" + "y".repeat(20_000) + "\n\n", "PAIR"));
		assertThat(longest.getStatus()).isEqualTo(201);

		UUID note = this.api.write(this.world.mentor, "PRIVATE", SECRET);
		assertErrors(this.api.change(this.world.mentor, note, "{\"body\":\"\"}"), "body");
		assertErrors(this.api.change(this.world.mentor, note, "{\"visibility\":\"EVERYONE\"}"), "visibility");
		assertErrors(
				this.api.change(this.world.mentor, note, "{\"pairingId\":\"" + this.world.otherPairing.id() + "\"}"),
				"pairingId");
		assertErrors(
				this.api.change(this.world.mentor, note,
						"{\"body\":" + NoteCalls.quote("z".repeat(20_001)) + ",\"visibility\":\"NOBODY\"}"),
				"body", "visibility");
	}

	@Test
	void onlyTheAuthorChangesOrDeletesANote() throws Exception {
		UUID note = this.api.write(this.world.mentee, "PRIVATE", "first words");

		MockHttpServletResponse changed = this.api.change(this.world.mentee, note, "{\"body\":\"second words\"}");
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(changed.getContentAsString(), "$.body")).isEqualTo("second words");
		assertThat((String) JsonPath.read(changed.getContentAsString(), "$.visibility")).isEqualTo("PRIVATE");
		assertThat((String) JsonPath.read(changed.getContentAsString(), "$.updatedAt"))
			.isNotEqualTo(JsonPath.read(changed.getContentAsString(), "$.createdAt"));
		assertThat(ids(this.api.get(this.world.mentor, this.api.pairNotes()))).isEmpty();

		MockHttpServletResponse shared = this.api.change(this.world.mentee, note, "{\"visibility\":\"PAIR\"}");
		assertThat((String) JsonPath.read(shared.getContentAsString(), "$.body")).isEqualTo("second words");
		assertThat(ids(this.api.get(this.world.mentor, this.api.pairNotes()))).containsExactly(note.toString());

		assertThat(this.api.delete(this.world.mentee, note).getStatus()).isEqualTo(204);
		assertThat(this.api.read(this.world.mentee, note).getStatus()).isEqualTo(404);
		assertThat(this.api.delete(this.world.mentee, note).getStatus()).isEqualTo(404);
		assertThat(ids(this.api.get(this.world.mentee, this.api.pairNotes()))).isEmpty();
	}

	@Test
	void thePartnerReadsASharedNoteButGets403ToChangeIt() throws Exception {
		UUID shared = this.api.write(this.world.mentee, "PAIR", SECRET);

		assertThat(this.api.read(this.world.mentor, shared).getStatus()).isEqualTo(200);
		assertThat(this.api.change(this.world.mentor, shared, "{\"body\":\"taken over\"}").getStatus()).isEqualTo(403);
		assertThat(this.api.change(this.world.mentor, shared, "{\"visibility\":\"PRIVATE\"}").getStatus())
			.isEqualTo(403);
		assertThat(this.api.delete(this.world.mentor, shared).getStatus()).isEqualTo(403);
		assertThat((String) JsonPath.read(this.api.read(this.world.mentee, shared).getContentAsString(), "$.body"))
			.isEqualTo(SECRET);
	}

	@Test
	void thePartnerFindsNoPrivateNote() throws Exception {
		UUID hidden = this.api.write(this.world.mentee, "PRIVATE", SECRET);

		for (MockHttpServletResponse response : List.of(this.api.read(this.world.mentor, hidden),
				this.api.change(this.world.mentor, hidden, "{\"visibility\":\"PAIR\"}"),
				this.api.change(this.world.mentor, hidden, "{\"body\":\"x\"}"),
				this.api.delete(this.world.mentor, hidden))) {
			assertThat(response.getStatus()).isEqualTo(404);
			assertThat(response.getContentAsString()).doesNotContain(SECRET);
		}
		MockHttpServletResponse still = this.api.read(this.world.mentee, hidden);
		assertThat((String) JsonPath.read(still.getContentAsString(), "$.visibility")).isEqualTo("PRIVATE");
		assertThat((String) JsonPath.read(still.getContentAsString(), "$.body")).isEqualTo(SECRET);
	}

	@Test
	void toEveryoneOutsideThePairTheNotesDoNotExist() throws Exception {
		UUID shared = this.api.write(this.world.mentor, "PAIR", SECRET);
		UUID hidden = this.api.write(this.world.mentee, "PRIVATE", SECRET);
		for (Person outsider : List.of(this.world.committee, this.world.admin, this.world.otherMentor,
				this.world.otherMentee, this.world.stranger)) {
			List<MockHttpServletResponse> responses = List.of(this.api.get(outsider, this.api.pairNotes()),
					this.api.post(outsider, this.api.pairNotes(), NoteCalls.json("intruding", "PAIR")),
					this.api.read(outsider, shared), this.api.read(outsider, hidden),
					this.api.change(outsider, shared, "{\"body\":\"defaced\"}"),
					this.api.change(outsider, hidden, "{\"visibility\":\"PAIR\"}"), this.api.delete(outsider, shared),
					this.api.delete(outsider, hidden));
			for (MockHttpServletResponse response : responses) {
				assertThat(response.getStatus()).as("%s", outsider.name()).isEqualTo(404);
				assertThat(response.getContentAsString()).doesNotContain(SECRET);
			}
		}
		assertThat(ids(this.api.get(this.world.mentor, this.api.pairNotes()))).containsExactly(shared.toString());
		assertThat(ids(this.api.get(this.world.mentee, this.api.pairNotes()))).containsExactly(hidden.toString(),
				shared.toString());
		// the other pair reads its own notes, and only those
		UUID theirs = this.api.write(this.world.otherMentee, "PAIR", "their own");
		assertThat(ids(this.api.get(this.world.otherMentor, this.api.otherPairNotes())))
			.containsExactly(theirs.toString());
		assertThat(this.api.get(this.world.mentor, this.api.otherPairNotes()).getStatus()).isEqualTo(404);
		assertThat(this.api.read(this.world.mentor, theirs).getStatus()).isEqualTo(404);
	}

	@Test
	void anonymousCallersAreUnauthorizedAndMalformedIdsAreNotFound() throws Exception {
		UUID note = this.api.write(this.world.mentor, "PAIR", SECRET);
		this.mvc.perform(get(this.api.pairNotes())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/notes/" + note)).andExpect(status().isUnauthorized());
		this.mvc.perform(post(this.api.pairNotes()).contentType("application/json").content("{}"))
			.andExpect(status().isUnauthorized());
		assertThat(this.api.get(this.world.mentor, "/api/v1/notes/not-a-note").getStatus()).isEqualTo(404);
		assertThat(this.api.get(this.world.mentor, "/api/v1/pairings/not-a-pairing/notes").getStatus()).isEqualTo(404);
		assertThat(this.api.read(this.world.mentor, UUID.randomUUID()).getStatus()).isEqualTo(404);
	}

	@Test
	void aClosedPairingsNotesStayReadableAndChangeNoMore() throws Exception {
		UUID mine = this.api.write(this.world.mentor, "PRIVATE", "mine");
		UUID shared = this.api.write(this.world.mentee, "PAIR", SECRET);
		this.world.close(this.world.mentor, "The year is over.");

		assertThat(ids(this.api.get(this.world.mentor, this.api.pairNotes()))).containsExactly(shared.toString(),
				mine.toString());
		assertThat(this.api.read(this.world.mentor, shared).getStatus()).isEqualTo(200);
		assertThat(this.api.post(this.world.mentor, this.api.pairNotes(), NoteCalls.json("late", "PAIR")).getStatus())
			.isEqualTo(409);
		assertThat(this.api.change(this.world.mentor, mine, "{\"body\":\"edited late\"}").getStatus()).isEqualTo(409);
		assertThat(this.api.delete(this.world.mentor, mine).getStatus()).isEqualTo(409);
		assertThat(this.api.delete(this.world.mentee, shared).getStatus()).isEqualTo(409);
		// the rules about who may act come first: the partner 403, everyone else 404
		assertThat(this.api.delete(this.world.mentor, shared).getStatus()).isEqualTo(403);
		assertThat(this.api.post(this.world.committee, this.api.pairNotes(), NoteCalls.json("x", "PAIR")).getStatus())
			.isEqualTo(404);
		assertThat(this.api.change(this.world.admin, mine, "{\"body\":\"x\"}").getStatus()).isEqualTo(404);
		assertThat(this.api.read(this.world.mentor, mine).getContentAsString()).contains("\"body\":\"mine\"");
	}

	private static List<String> ids(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		return JsonPath.read(response.getContentAsString(), "$.items[*].id");
	}

	private static void assertErrors(MockHttpServletResponse response, String... fields) throws Exception {
		String body = response.getContentAsString();
		assertThat(response.getStatus()).as(body).isEqualTo(400);
		List<String> named = JsonPath.read(body, "$.errors[*].field");
		assertThat(named).containsExactlyInAnyOrder(fields);
		assertThat(body).doesNotContain(SECRET);
	}

}
