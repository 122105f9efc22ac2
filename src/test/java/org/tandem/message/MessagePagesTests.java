package org.tandem.message;

import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The conversation page: the pair sends messages without JavaScript (post and redirect)
 * and with htmx (the answer is the conversation fragment and a fresh form); the
 * conversation refreshes itself; opening it marks the viewer's messages read and the
 * badge on My pairings goes away; a closed pairing's conversation is read-only; to anyone
 * else the pages do not exist.
 */
@IntegrationTest
class MessagePagesTests {

	private static final String SECRET = "The dean asked me to apply";

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	Messages messages;

	PairWorld world;

	String page;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.page = "/pairings/" + this.world.pairing.id() + "/messages";
	}

	@Test
	void thePageOffersALabelledFormAndRefreshesItsConversation() throws Exception {
		String html = body(get(this.page), this.world.mentor, 200);
		assertThat(html).contains("<h1>Messages with " + this.world.mentee.name() + "</h1>",
				"<label for=\"body\">Your message to " + this.world.mentee.name(),
				"<textarea id=\"body\" name=\"body\"", "method=\"post\" action=\"" + this.page + "\"",
				"hx-post=\"" + this.page + "\"", "hx-get=\"" + this.page + "/conversation?limit=30&amp;after=0\"",
				"hx-trigger=\"load delay:200ms\"", "No messages yet. Say hello to " + this.world.mentee.name());
	}

	@Test
	void withoutJavaScriptAMessageIsSentAndThePageComesBack() throws Exception {
		Cookie mentee = this.world.signIn(this.world.mentee);
		MockHttpServletResponse sent = this.mvc.perform(
				post(this.page).cookie(mentee).with(csrf()).param("body", "Hello *Mia*\n\n<script>alert(1)</script>"))
			.andReturn()
			.getResponse();
		assertThat(sent.getStatus()).isEqualTo(302);
		assertThat(sent.getRedirectedUrl()).isEqualTo(this.page);
		this.messages.send(this.world.pairing.id(), PairWorld.as(this.world.mentor), "Hello back");

		String html = body(get(this.page), this.world.mentee, 200);
		assertThat(html)
			.contains("Hello <em>Mia</em>", "Hello back", "<strong>You</strong>",
					"<strong>" + this.world.mentor.name() + "</strong>")
			.doesNotContain("<script>alert(1)");
		// oldest at the top, newest at the bottom
		assertThat(html.indexOf("Hello <em>Mia</em>")).isLessThan(html.indexOf("Hello back"));
	}

	@Test
	void withHtmxTheAnswerIsTheConversationFragmentAndAFreshForm() throws Exception {
		String fragment = body(post(this.page).with(csrf()).header("HX-Request", "true").param("body", SECRET),
				this.world.mentor, 200);
		assertThat(fragment)
			.contains("id=\"conversation\"", SECRET, "id=\"message-form\"", "hx-swap-oob=\"true\"",
					"Your message is sent.", "hx-trigger=\"load delay:200ms\"", "after=1\"")
			.doesNotContain("<html", "<h1>");

		String refreshed = body(get(this.page + "/conversation").header("HX-Request", "true"), this.world.mentee, 200);
		assertThat(refreshed).contains("id=\"conversation\"", SECRET, "New")
			.contains("hx-post=\"" + this.page + "/read\"", "hx-trigger=\"load\"")
			.doesNotContain("<html", "<h1>");
		assertThat(this.messages.unreadCount(this.world.mentee.id().value())).as("the fragment marks nothing read")
			.isEqualTo(1);
		MockHttpServletResponse marked = this.mvc
			.perform(post(this.page + "/read").cookie(this.world.signIn(this.world.mentee))
				.with(csrf())
				.header("HX-Request", "true"))
			.andReturn()
			.getResponse();
		assertThat(marked.getStatus()).isEqualTo(204);
		assertThat(this.messages.unreadCount(this.world.mentee.id().value())).isZero();
		assertThat(body(get(this.page + "/conversation"), this.world.mentee, 200))
			.doesNotContain("hx-post=\"" + this.page + "/read\"");
		assertThat(body(get(this.page + "/conversation"), this.world.mentor, 200)).contains("Read");
	}

	@Test
	void aBlankMessageShowsTheErrorWithAndWithoutHtmx() throws Exception {
		String plain = body(post(this.page).with(csrf()).param("body", "  "), this.world.mentor, 400);
		assertThat(plain).contains("Please correct the following",
				"Your message to " + this.world.mentee.name() + " is required", "<h1>Messages with");
		String htmx = body(post(this.page).with(csrf()).header("HX-Request", "true").param("body", "x".repeat(10_001)),
				this.world.mentor, 200);
		assertThat(htmx).contains("must be at most 10000 characters long", "hx-swap-oob=\"true\"")
			.doesNotContain("Your message is sent.", "<h1>");
		assertThat(this.messages
			.list(this.world.pairing.id(), PairWorld.as(this.world.mentor), new org.tandem.shared.kernel.Paging(0, 10))
			.total()).isZero();
	}

	@Test
	void theBadgeOnMyPairingsCountsUnreadMessagesUntilTheConversationIsOpened() throws Exception {
		this.messages.send(this.world.pairing.id(), PairWorld.as(this.world.mentor), "One");
		this.messages.send(this.world.pairing.id(), PairWorld.as(this.world.mentor), "Two");
		String badge = "My pairings <span class=\"badge\">2<span class=\"visually-hidden\"> unread messages</span>";
		assertThat(body(get("/"), this.world.mentee, 200)).contains(badge);
		assertThat(body(get("/"), this.world.mentor, 200)).doesNotContain("unread messages");
		String card = "<a href=\"" + this.page + "\">";
		assertThat(body(get("/pairings"), this.world.mentee, 200)).contains(card + "2 unread messages</a>");
		assertThat(body(get("/pairings"), this.world.mentor, 200)).contains(card + "None unread</a>");
		assertThat(body(get(this.page + "/conversation"), this.world.mentee, 200)).contains("One");
		assertThat(body(get("/"), this.world.mentee, 200)).as("the fragment marks nothing").contains(badge);

		String opened = body(get(this.page), this.world.mentee, 200);
		assertThat(opened).contains("One", "Two", "<span class=\"message-badge\">New</span>");
		assertThat(body(get("/"), this.world.mentee, 200)).doesNotContain("unread messages");
		assertThat(body(get("/pairings"), this.world.mentee, 200)).contains(card + "None unread</a>");
		assertThat(body(get(this.page), this.world.mentee, 200)).doesNotContain("message-badge");
		assertThat(body(get(this.page), this.world.mentor, 200)).contains("Read").doesNotContain("Not read yet");
	}

	@Test
	void theMarkReadFormWorksWithoutJavaScript() throws Exception {
		this.messages.send(this.world.pairing.id(), PairWorld.as(this.world.mentor), "One");
		MockHttpServletResponse marked = this.mvc
			.perform(post(this.page + "/read").cookie(this.world.signIn(this.world.mentee)).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(marked.getStatus()).isEqualTo(302);
		assertThat(marked.getRedirectedUrl()).isEqualTo(this.page);
		assertThat(this.messages.unreadCount(this.world.mentee.id().value())).isZero();
	}

	@Test
	void aClosedPairingsConversationIsReadOnly() throws Exception {
		this.messages.send(this.world.pairing.id(), PairWorld.as(this.world.mentor), "Thank you for the year");
		this.world.close(this.world.mentor, "The year is over");

		String html = body(get(this.page), this.world.mentee, 200);
		assertThat(html).contains("Thank you for the year", "This pairing is closed")
			.doesNotContain("id=\"message-form\"");
		body(post(this.page).with(csrf()).param("body", "Too late"), this.world.mentee, 409);
		body(post(this.page).with(csrf()).header("HX-Request", "true").param("body", "Too late"), this.world.mentee,
				409);
		body(post(this.page).with(csrf()).param("body", " "), this.world.mentee, 409);
	}

	@Test
	void nobodyElseReachesThePages() throws Exception {
		this.messages.send(this.world.pairing.id(), PairWorld.as(this.world.mentor), SECRET);
		for (Person outsider : List.of(this.world.otherMentor, this.world.otherMentee, this.world.committee,
				this.world.admin, this.world.stranger)) {
			for (MockHttpServletRequestBuilder request : List.of(get(this.page), get(this.page + "/conversation"),
					post(this.page).with(csrf()).param("body", "Hi"),
					post(this.page).with(csrf()).header("HX-Request", "true").param("body", "Hi"),
					post(this.page + "/read").with(csrf()))) {
				assertThat(body(request, outsider, 404)).doesNotContain(SECRET);
			}
		}
		assertThat(this.messages.unreadCount(this.world.mentee.id().value())).isEqualTo(1);
	}

	@Test
	void thePageCostsTheSameWithTwoAndTwentyMessages() throws Exception {
		Cookie mentee = this.world.signIn(this.world.mentee);
		// long enough that both answers outgrow the response buffer: a response committed
		// early makes the session store save and read the session once more, whatever
		// the rows
		String filler = " and more".repeat(500);
		for (int i = 0; i < 2; i++) {
			this.messages.send(this.world.pairing.id(), PairWorld.as(this.world.mentor), "Message " + i + filler);
		}
		long few = cost(get(this.page).cookie(mentee));
		long fewFragment = cost(get(this.page + "/conversation").cookie(mentee));
		for (int i = 2; i < 20; i++) {
			this.messages.send(this.world.pairing.id(),
					PairWorld.as(i % 2 == 0 ? this.world.mentor : this.world.mentee), "Message " + i);
		}
		assertThat(status(get(this.page).cookie(mentee), 200)).contains("Message 0", "Message 19");
		assertThat(cost(get(this.page).cookie(mentee))).as("statements for the page with 20 messages").isEqualTo(few);
		assertThat(cost(get(this.page + "/conversation").cookie(mentee)))
			.as("statements for the fragment with 20 messages")
			.isEqualTo(fewFragment);
	}

	/**
	 * The statements a request sends: the least of three runs, since a session's first
	 * request also stores what the session learnt.
	 */
	private long cost(MockHttpServletRequestBuilder request) throws Exception {
		long least = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			least = Math.min(least, QueryCounter.count(() -> status(request, 200)).statements());
		}
		return least;
	}

	private String body(MockHttpServletRequestBuilder request, Person as, int status) throws Exception {
		return status(request.cookie(this.world.signIn(as)), status);
	}

	private String status(MockHttpServletRequestBuilder request, int status) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		return response.getContentAsString();
	}

}
