package org.tandem.message.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.message.Messages;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The conversation's refresh waits for the partner's next message: it is answered as soon
 * as a message of the pairing is committed, at once when the page is behind, and never
 * for anyone outside the pair.
 */
@IntegrationTest
class ConversationRefreshTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PairWorlds worlds;

	@Autowired
	Messages messages;

	@Autowired
	ConversationWaits waits;

	PairWorld world;

	String fragment;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.fragment = "/pairings/" + this.world.pairing.id() + "/messages/conversation";
	}

	@Test
	void aWaitingRefreshIsAnsweredWhenThePartnerWrites() throws Exception {
		Cookie mentee = this.world.signIn(this.world.mentee);
		MvcResult waiting = this.mvc.perform(get(this.fragment + "?after=0&limit=5").cookie(mentee)).andReturn();
		assertThat(waiting.getRequest().isAsyncStarted()).as("the refresh waits").isTrue();
		assertThat(this.waits.waitingFor(this.world.pairing.id())).isEqualTo(1);

		this.messages.send(this.world.otherPairing.id(), PairWorld.as(this.world.otherMentor), "Not for you");
		assertThat(this.waits.waitingFor(this.world.pairing.id())).as("another pairing's message wakes nothing")
			.isEqualTo(1);

		this.messages.send(this.world.pairing.id(), PairWorld.as(this.world.mentor), "Are you free on Friday?");
		MockHttpServletResponse answer = this.mvc.perform(asyncDispatch(waiting)).andReturn().getResponse();
		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentAsString()).contains("Are you free on Friday?", "limit=5&amp;after=1")
			.contains("<p id=\"conversation-news\" class=\"visually-hidden\" role=\"status\" hx-swap-oob=\"true\">"
					+ "A new message from " + this.world.mentor.name() + ".</p>")
			.doesNotContain("Not for you", "<html");
		assertThat(this.waits.waitingFor(this.world.pairing.id())).as("a woken refresh forgets itself").isZero();
	}

	@Test
	void aRefreshThatIsBehindIsAnsweredAtOnce() throws Exception {
		this.messages.send(this.world.pairing.id(), PairWorld.as(this.world.mentor), "Written while you were away");
		MvcResult result = this.mvc
			.perform(get(this.fragment + "?after=0").cookie(this.world.signIn(this.world.mentee)))
			.andReturn();
		assertThat(result.getRequest().isAsyncStarted()).isFalse();
		assertThat(result.getResponse().getContentAsString()).contains("Written while you were away",
				"limit=30&amp;after=1");
	}

	@Test
	void aClosedPairingsConversationIsAnsweredAtOnceAndAsksNoMore() throws Exception {
		this.world.close(this.world.mentor, "The year is over");
		MvcResult result = this.mvc
			.perform(get(this.fragment + "?after=0").cookie(this.world.signIn(this.world.mentee)))
			.andReturn();
		assertThat(result.getRequest().isAsyncStarted()).isFalse();
		assertThat(result.getResponse().getContentAsString()).contains("id=\"conversation\"").doesNotContain("hx-get");
	}

	@Test
	void nobodyElseWaits() throws Exception {
		for (Person outsider : new Person[] { this.world.otherMentee, this.world.committee, this.world.admin,
				this.world.stranger }) {
			MvcResult result = this.mvc.perform(get(this.fragment + "?after=0").cookie(this.world.signIn(outsider)))
				.andReturn();
			assertThat(result.getRequest().isAsyncStarted()).as(outsider.name()).isFalse();
			assertThat(result.getResponse().getStatus()).as(outsider.name()).isEqualTo(404);
		}
		assertThat(this.waits.waitingFor(this.world.pairing.id())).isZero();
	}

	@Test
	void theWorkspaceRefreshesTheMessagesItShows() throws Exception {
		String workspace = this.mvc
			.perform(get("/pairings/" + this.world.pairing.id()).cookie(this.world.signIn(this.world.mentor)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(workspace).contains("hx-get=\"" + this.fragment + "?limit=5&amp;after=0\"",
				"<p id=\"conversation-news\" class=\"visually-hidden\" role=\"status\"></p>");
	}

}
