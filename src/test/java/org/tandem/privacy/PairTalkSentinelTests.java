package org.tandem.privacy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tandem.document.DocumentFiles;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The promise of talking and feedback: a unique sentinel in a message, a document's
 * title, file name and content, a document comment, a pulse comment, an evaluation's
 * written answer, private kudos and a concern's body. The pair reads what is theirs (the
 * partner never the concern); the committee reads the concern and nothing else; nobody
 * else gets any of it, and none of it is in an email, a notification, a feed, a stored
 * event, the log or the database's files.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PairTalkSentinelTests {

	/** A concern's body is its author's and the committee's. */
	private static final Set<String> COMMITTEE_READS = Set.of("concern");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PairWorlds worlds;

	PairWorld world;

	Sentinels sentinels;

	String concernId;

	String documentId;

	@BeforeEach
	void writeTheSentinels() throws Exception {
		this.world = this.worlds.create();
		this.sentinels = new Sentinels(
				List.of("message", "pulse", "answer", "kudos", "concern", "title", "filename", "document", "comment"));
		String pairing = "/api/v1/pairings/" + this.world.pairing.id();
		Person mentee = this.world.mentee;
		created(post(pairing + "/messages"), mentee, "{\"body\":\"" + this.sentinels.of("message") + "\"}");
		String meeting = created(post(pairing + "/meetings"), this.world.mentor,
				"{\"occurredOn\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"format\":\"LUNCH\"}");
		created(post(pairing + "/meetings/" + meeting + "/pulse"), mentee,
				"{\"usefulness\":4,\"comment\":\"" + this.sentinels.of("pulse") + "\"}");
		created(post(pairing + "/evaluations"), mentee, "{\"kind\":\"MID\",\"answers\":{" + answers() + "}}");
		created(post(pairing + "/kudos"), mentee,
				"{\"body\":\"" + this.sentinels.of("kudos") + "\",\"shareWithProgram\":false}");
		MockMultipartHttpServletRequestBuilder upload = multipart(HttpMethod.POST, pairing + "/documents")
			.file(new MockMultipartFile("file", this.sentinels.of("filename") + ".pdf", "application/pdf",
					DocumentFiles.pdf(this.sentinels.of("document"))));
		this.documentId = created(upload.param("title", this.sentinels.of("title")), this.world.mentor, null);
		created(post("/api/v1/documents/" + this.documentId + "/comments"), mentee,
				"{\"body\":\"" + this.sentinels.of("comment") + "\"}");
		this.concernId = created(post("/api/v1/programs/" + this.world.program.id() + "/concerns"), mentee,
				"{\"pairingId\":\"" + this.world.pairing.id() + "\",\"body\":\"" + this.sentinels.of("concern")
						+ "\",\"rematch\":false}");
	}

	/** Every mid-term question answered: the written ones with the sentinel. */
	private String answers() throws Exception {
		String questions = send(get("/api/v1/programs/" + this.world.program.id() + "/evaluation-questions"),
				this.world.mentee, null)
			.getContentAsString();
		List<Map<String, Object>> all = JsonPath.read(questions, "$[*]");
		List<String> answers = new ArrayList<>();
		for (Map<String, Object> question : all) {
			if ("END".equals(question.get("appliesTo"))) {
				continue;
			}
			String value = "TEXT".equals(question.get("kind")) ? "\"" + this.sentinels.of("answer") + "\"" : "4";
			answers.add("\"" + question.get("id") + "\":" + value);
		}
		assertThat(String.join(",", answers)).as("a written question to answer").contains("Sentinelanswer");
		return String.join(",", answers);
	}

	@Test
	void thePairReadsTheirsAndThePartnerNeverTheConcern() throws Exception {
		String pairing = "/api/v1/pairings/" + this.world.pairing.id();
		String partner = send(get(pairing + "/messages"), this.world.mentor, null).getContentAsString()
				+ send(get(pairing + "/kudos"), this.world.mentor, null).getContentAsString()
				+ send(get(pairing + "/documents"), this.world.mentee, null).getContentAsString()
				+ send(get(document() + "/comments"), this.world.mentor, null).getContentAsString()
				+ send(get(document() + "/content"), this.world.mentee, null).getContentAsString()
				+ send(get(document() + "/content"), this.world.mentee, null).getHeader("Content-Disposition");
		assertThat(partner).contains(this.sentinels.of("message"), this.sentinels.of("kudos"),
				this.sentinels.of("title"), this.sentinels.of("filename"), this.sentinels.of("comment"),
				this.sentinels.of("document"));
		assertThat(send(get("/api/v1/concerns/" + this.concernId), this.world.mentor, null).getStatus()).isEqualTo(404);
		Cookie session = this.world.signIn(this.world.mentor);
		for (String path : List.of("/pairings/" + this.world.pairing.id(), "/me/concerns", "/notifications", "/",
				"/pairings/" + this.world.pairing.id() + "/messages",
				"/pairings/" + this.world.pairing.id() + "/documents", "/documents/" + this.documentId)) {
			assertThat(page(path, session)).as(path).doesNotContain(this.sentinels.of("concern"));
		}
		assertThat(send(get("/api/v1/concerns/" + this.concernId), this.world.mentee, null).getContentAsString())
			.contains(this.sentinels.of("concern"));
	}

	@Test
	void theCommitteeReadsTheConcernAndNothingElse() throws Exception {
		for (Person manager : List.of(this.world.committee, this.world.admin)) {
			assertThat(send(get("/api/v1/concerns/" + this.concernId), manager, null).getContentAsString())
				.contains(this.sentinels.of("concern"));
			Cookie session = this.world.signIn(manager);
			String program = "/programs/" + this.world.program.id();
			for (String path : List.of("/pairings/" + this.world.pairing.id(), program, program + "/feedback",
					program + "/concerns", "/concerns/" + this.concernId, program + "/pairings", "/",
					"/pairings/" + this.world.pairing.id() + "/documents", "/documents/" + this.documentId)) {
				this.sentinels.absentFrom(page(path, session), path + " for " + manager.name(), COMMITTEE_READS);
			}
			String pairing = "/api/v1/pairings/" + this.world.pairing.id();
			for (String path : List.of(pairing + "/messages", pairing + "/kudos", pairing + "/documents",
					document() + "/comments", document() + "/content")) {
				MockHttpServletResponse response = send(get(path), manager, null);
				assertThat(response.getStatus()).as(path).isEqualTo(404);
				this.sentinels.absentFrom(response.getContentAsString(), path);
			}
			this.sentinels
				.absentFrom(send(get("/api/v1/programs/" + this.world.program.id() + "/feedback"), manager, null)
					.getContentAsString(), "the feedback aggregates");
		}
	}

	@Test
	void nobodyElseGetsAnyOfIt() throws Exception {
		String pairing = "/api/v1/pairings/" + this.world.pairing.id();
		for (Person outsider : List.of(this.world.otherMentor, this.world.stranger)) {
			for (String path : List.of(pairing + "/messages", pairing + "/kudos", pairing + "/evaluations",
					"/api/v1/concerns/" + this.concernId, pairing + "/documents", document() + "/comments",
					document() + "/content")) {
				MockHttpServletResponse response = send(get(path), outsider, null);
				assertThat(response.getStatus()).as("%s for %s", path, outsider.name()).isEqualTo(404);
				this.sentinels.absentFrom(response.getContentAsString(), path + " for " + outsider.name());
			}
		}
	}

	@Test
	void noEmailNotificationFeedOrStoredEventHoldsIt() throws Exception {
		for (Person member : List.of(this.world.mentor, this.world.mentee)) {
			String url = JsonPath.read(send(post("/api/v1/me/calendar-feed"), member, null).getContentAsString(),
					"$.url");
			String feed = this.mvc.perform(get(url.substring(url.indexOf("/calendar/"))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(feed).contains("BEGIN:VCALENDAR");
			this.sentinels.absentFrom(feed, "the calendar feed of " + member.name());
		}
		this.sentinels.absentFromMailNotificationsAndEvents(this.jdbc);
	}

	@Test
	void logsHoldNoneOfIt(CapturedOutput output) throws Exception {
		// the writes happened before this test's capture began: do them again, captured
		writeTheSentinels();
		this.sentinels.absentFrom(output.getAll(), "the log");
	}

	@Test
	void theDatabaseFilesHoldOnlyCiphertext() {
		this.sentinels.absentFromTheDatabaseFiles(this.jdbc, this.world.stranger.id().value());
	}

	private String document() {
		return "/api/v1/documents/" + this.documentId;
	}

	private String page(String path, Cookie session) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isIn(200, 404);
		return response.getContentAsString();
	}

	private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, Person person, String json)
			throws Exception {
		request.header(HttpHeaders.AUTHORIZATION, this.world.token(person)).with(csrf());
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private String created(AbstractMockHttpServletRequestBuilder<?> request, Person person, String json)
			throws Exception {
		MockHttpServletResponse response = send(request, person, json);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return JsonPath.read(response.getContentAsString(), "$.id");
	}

}
