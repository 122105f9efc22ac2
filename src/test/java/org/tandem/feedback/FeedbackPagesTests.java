package org.tandem.feedback;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The feedback pages: the pulse form of a held meeting, kudos, an evaluation form, the
 * questions page and the workspace's list of what is owed.
 */
@IntegrationTest
class FeedbackPagesTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	FeedbackDue due;

	PairWorld world;

	FeedbackCalls api;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.api = new FeedbackCalls(this.world);
	}

	@Test
	void aMemberAnswersTheFormOfAHeldMeetingAndThenReadsTheirAnswer() throws Exception {
		String meeting = this.api.heldMeeting(this.world.pairing, this.world.mentor);
		String path = "/pairings/" + this.world.pairing.id() + "/meetings/" + meeting + "/pulse";
		Cookie session = this.world.signIn(this.world.mentee);
		assertThat(this.due.todo(this.world.pairing.id(), PairWorld.as(this.world.mentee)).get().awaitingPulse())
			.extracting(HeldMeeting::id)
			.extracting(Object::toString)
			.containsExactly(meeting);

		String form = page(path, session);
		assertThat(form).contains("<legend>Usefulness").contains("name=\"usefulness\"").contains("type=\"radio\"");

		MockHttpServletResponse bad = this.mvc
			.perform(post(path).cookie(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("usefulness", "7"))
			.andReturn()
			.getResponse();
		assertThat(bad.getStatus()).isEqualTo(400);

		MockHttpServletResponse saved = this.mvc
			.perform(post(path).cookie(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("usefulness", "4")
				.param("comment", "Helpful walk"))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(page(path, session)).contains("4 out of 5").contains("Helpful walk");
		assertThat(this.due.todo(this.world.pairing.id(), PairWorld.as(this.world.mentee)).get().awaitingPulse())
			.isEmpty();
		// the committee's workspace shows nothing of it
		assertThat(this.due.todo(this.world.pairing.id(), PairWorld.as(this.world.committee)).get().member()).isFalse();
	}

	@Test
	void kudosAreGivenOnTheirPage() throws Exception {
		String path = "/pairings/" + this.world.pairing.id() + "/kudos";
		Cookie session = this.world.signIn(this.world.mentor);
		MockHttpServletResponse saved = this.mvc
			.perform(post(path).cookie(session)
				.with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("body", "Great questions at the review")
				.param("shareWithProgram", "true"))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(page(path, this.world.signIn(this.world.mentee))).contains("Great questions at the review")
			.contains("Shared with the program");
	}

	@Test
	void anEvaluationFormNamesTheMissingAnswersAndThenShowsTheAnswers() throws Exception {
		String path = "/pairings/" + this.world.pairing.id() + "/evaluations/MID";
		Cookie session = this.world.signIn(this.world.mentee);
		assertThat(page(path, session)).contains("Mid-term evaluation").contains("<legend>");

		MockHttpServletResponse missing = this.mvc
			.perform(post(path).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED))
			.andReturn()
			.getResponse();
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentAsString()).contains("Please correct the following").contains("is required");

		var post = post(path).cookie(session).with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (var question : this.api.questions(this.world.mentee, "MID")) {
			post.param("answers[" + question.get("id") + "]",
					"SCALE".equals(question.get("kind")) ? "3" : "Less email");
		}
		assertThat(this.mvc.perform(post).andReturn().getResponse().getStatus()).isEqualTo(302);
		assertThat(page(path, session)).contains("3 out of 5").contains("Less email");
		// an unknown kind is no page, and no server error
		int unknown = this.mvc
			.perform(get("/pairings/" + this.world.pairing.id() + "/evaluations/LATE").cookie(session))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(unknown).isBetween(400, 404);
	}

	@Test
	void theCommitteeKeepsTheQuestionsOnTheirPage() throws Exception {
		String path = "/programs/" + this.world.program.id() + "/evaluation-questions";
		Cookie committee = this.world.signIn(this.world.committee);
		assertThat(page(path, committee)).contains("Add a question");
		assertThat(page(path, this.world.signIn(this.world.mentee))).doesNotContain("Add a question");
		MockHttpServletResponse added = this.mvc
			.perform(post(path).cookie(committee)
				.with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("prompt", "Did lunch meetings work for you?")
				.param("kind", "SCALE")
				.param("appliesTo", "END"))
			.andReturn()
			.getResponse();
		assertThat(added.getStatus()).isEqualTo(302);
		assertThat(page(path, committee)).contains("Did lunch meetings work for you?");
	}

	private String page(String path, Cookie session) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		return response.getContentAsString();
	}

}
