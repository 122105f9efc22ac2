package org.tandem.privacy;

import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The promise of the pair's plan: a unique sentinel is written into every kind of the
 * pair's text (goal title, description and milestone, goal comment, activity reflection,
 * shared note, private note). The pair reads what is theirs; everything else — another
 * pair, the committee, an administrator, a stranger, emails, notifications, calendar
 * feeds, stored events, logs, error responses and the raw files of the database — never
 * holds any of them.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PairTextSentinelTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	Sentinels sentinels;

	String goalId;

	String privateNoteId;

	String sharedNoteId;

	@BeforeEach
	void writeTheSentinels() throws Exception {
		this.world = this.worlds.create();
		this.sentinels = new Sentinels(List.of("goalTitle", "goalDescription", "milestone", "goalComment", "reflection",
				"sharedNote", "privateNote", "rejected"));
		String mentee = this.world.token(this.world.mentee);
		String mentor = this.world.token(this.world.mentor);
		String pairing = "/api/v1/pairings/" + this.world.pairing.id();
		this.goalId = created(post(pairing + "/goals"), mentee, "{\"title\":\"" + sentinel("goalTitle")
				+ "\",\"description\":\"" + sentinel("goalDescription") + "\"}");
		ok(patch("/api/v1/goals/" + this.goalId), mentee,
				"{\"progress\":40,\"milestones\":[{\"title\":\"" + sentinel("milestone") + "\",\"done\":true}]}");
		created(post("/api/v1/goals/" + this.goalId + "/comments"), mentor,
				"{\"body\":\"" + sentinel("goalComment") + "\"}");
		String activity = JsonPath
			.read(send(get("/api/v1/programs/" + this.world.program.id() + "/activities"), mentee, null)
				.getContentAsString(), "$[0].id");
		ok(patch(pairing + "/activities/" + activity), mentee,
				"{\"done\":true,\"reflection\":\"" + sentinel("reflection") + "\"}");
		this.sharedNoteId = created(post(pairing + "/notes"), mentee,
				"{\"body\":\"" + sentinel("sharedNote") + "\",\"visibility\":\"PAIR\"}");
		this.privateNoteId = created(post(pairing + "/notes"), mentee,
				"{\"body\":\"" + sentinel("privateNote") + "\",\"visibility\":\"PRIVATE\"}");
	}

	@Test
	void thePairReadsWhatIsTheirsAndThePartnerNeverThePrivateNote() throws Exception {
		String mentor = this.world.token(this.world.mentor);
		String mentee = this.world.token(this.world.mentee);
		String pairing = "/api/v1/pairings/" + this.world.pairing.id();
		String partnerView = send(get(pairing + "/goals"), mentor, null).getContentAsString()
				+ send(get("/api/v1/goals/" + this.goalId + "/comments"), mentor, null).getContentAsString()
				+ send(get(pairing + "/activities"), mentor, null).getContentAsString()
				+ send(get(pairing + "/notes"), mentor, null).getContentAsString();
		assertThat(partnerView)
			.contains(sentinel("goalTitle"), sentinel("goalDescription"), sentinel("milestone"),
					sentinel("goalComment"), sentinel("reflection"), sentinel("sharedNote"))
			.doesNotContain(sentinel("privateNote"));
		assertThat(send(get(pairing + "/notes"), mentee, null).getContentAsString()).contains(sentinel("privateNote"),
				sentinel("sharedNote"));
		Cookie partner = this.world.signIn(this.world.mentor);
		assertThat(page("/pairings/" + this.world.pairing.id(), partner))
			.contains(sentinel("goalTitle"), sentinel("sharedNote"))
			.doesNotContain(sentinel("privateNote"));
		assertThat(page("/pairings/" + this.world.pairing.id() + "/notes", partner)).contains(sentinel("sharedNote"))
			.doesNotContain(sentinel("privateNote"));
	}

	@Test
	void nobodyOutsideThePairGetsAnyOfIt() throws Exception {
		String pairing = "/api/v1/pairings/" + this.world.pairing.id();
		List<String> pairTexts = List.of(pairing + "/goals", "/api/v1/goals/" + this.goalId,
				"/api/v1/goals/" + this.goalId + "/comments", pairing + "/activities", pairing + "/notes");
		for (Person outsider : List.of(this.world.otherMentor, this.world.committee, this.world.admin,
				this.world.stranger)) {
			String token = this.world.token(outsider);
			for (String path : pairTexts) {
				MockHttpServletResponse response = send(get(path), token, null);
				assertThat(response.getStatus()).as("%s for %s", path, outsider.name()).isEqualTo(404);
				assertNoSentinel(response.getContentAsString(), path + " for " + outsider.name());
			}
			// writing into the pair's texts: 404, nothing echoed, nothing stored
			MockHttpServletResponse edit = send(patch("/api/v1/notes/" + this.sharedNoteId), token,
					"{\"body\":\"" + sentinel("rejected") + "\"}");
			assertThat(edit.getStatus()).as("editing the note as %s", outsider.name()).isEqualTo(404);
			assertNoSentinel(edit.getContentAsString(), "editing the note as " + outsider.name());
		}
		for (Person manager : List.of(this.world.committee, this.world.admin)) {
			Cookie session = this.world.signIn(manager);
			for (String path : List.of("/pairings/" + this.world.pairing.id(), "/programs/" + this.world.program.id(),
					"/programs/" + this.world.program.id() + "/pairings",
					"/programs/" + this.world.program.id() + "/activities",
					"/pairings/" + this.world.pairing.id() + "/meetings",
					"/pairings/" + this.world.pairing.id() + "/agreement", "/people/" + this.world.mentee.id(),
					"/people/" + this.world.mentor.id(), "/")) {
				assertNoSentinel(page(path, session), path + " for " + manager.name());
			}
			String token = this.world.token(manager);
			for (String path : List.of(pairing, "/api/v1/programs/" + this.world.program.id() + "/pairings",
					"/api/v1/people/" + this.world.mentee.id(), pairing + "/meetings")) {
				assertNoSentinel(send(get(path), token, null).getContentAsString(), path + " for " + manager.name());
			}
		}
	}

	@Test
	void noErrorResponseEchoesThePairsText() throws Exception {
		String mentee = this.world.token(this.world.mentee);
		String pairing = "/api/v1/pairings/" + this.world.pairing.id();
		List<MockHttpServletResponse> errors = new ArrayList<>();
		errors.add(send(post(pairing + "/notes"), mentee,
				"{\"body\":\"" + sentinel("rejected") + "\",\"visibility\":\"SECRET\"}"));
		errors.add(send(post(pairing + "/notes"), mentee, "{\"body\":\"" + sentinel("rejected") + "\",\"x\":1}"));
		errors.add(send(post(pairing + "/goals"), mentee,
				"{\"title\":\"" + sentinel("rejected") + "\",\"targetOn\":\"" + sentinel("rejected") + "\"}"));
		errors.add(send(patch("/api/v1/goals/" + this.goalId), mentee,
				"{\"progress\":\"" + sentinel("rejected") + "\",\"status\":\"" + sentinel("rejected") + "\"}"));
		errors.add(send(post(pairing + "/notes"), mentee, "{\"body\":\"" + sentinel("rejected") + "\""));
		for (MockHttpServletResponse error : errors) {
			assertThat(error.getStatus()).isEqualTo(400);
			assertThat(error.getContentAsString()).doesNotContain(sentinel("rejected"));
		}
		assertThat(send(get(pairing + "/notes"), mentee, null).getContentAsString())
			.doesNotContain(sentinel("rejected"));
	}

	@Test
	void noEmailNotificationFeedOrStoredEventHoldsIt() throws Exception {
		for (Person member : List.of(this.world.mentor, this.world.mentee)) {
			String token = this.world.token(member);
			String url = JsonPath.read(send(post("/api/v1/me/calendar-feed"), token, null).getContentAsString(),
					"$.url");
			String feed = this.mvc.perform(get(url.substring(url.indexOf("/calendar/"))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(feed).contains("BEGIN:VCALENDAR");
			assertNoSentinel(feed, "the calendar feed of " + member.name());
		}
		this.sentinels.absentFromMailNotificationsAndEvents(this.jdbc);
	}

	@Test
	void logsHoldNoneOfIt(CapturedOutput output) throws Exception {
		// the writes happened before this test's capture began: do them again, captured
		writeTheSentinels();
		assertNoSentinel(output.getAll(), "the log");
	}

	@Test
	void theDatabaseFilesHoldOnlyCiphertext() {
		this.sentinels.absentFromTheDatabaseFiles(this.jdbc, this.world.stranger.id().value());
	}

	private String sentinel(String kind) {
		return this.sentinels.of(kind);
	}

	private void assertNoSentinel(String text, String where) {
		this.sentinels.absentFrom(text, where);
	}

	private String page(String path, Cookie session) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isIn(200, 404);
		return response.getContentAsString();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String token, String json)
			throws Exception {
		request.header(HttpHeaders.AUTHORIZATION, token).with(csrf());
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private String created(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		MockHttpServletResponse response = send(request, token, json);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		return JsonPath.read(response.getContentAsString(), "$.id");
	}

	private void ok(MockHttpServletRequestBuilder request, String token, String json) throws Exception {
		MockHttpServletResponse response = send(request, token, json);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
	}

}
