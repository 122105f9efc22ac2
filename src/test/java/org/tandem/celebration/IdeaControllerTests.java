package org.tandem.celebration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.shared.kernel.Paging;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The idea board's page: plain forms that work without script, ideas by votes, the
 * committee's feature and hide buttons for the committee only.
 */
@IntegrationTest
class IdeaControllerTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ideas ideas;

	PairWorld world;

	String board;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.board = "/programs/" + this.world.program.id() + "/ideas";
	}

	@Test
	void aParticipantPostsAnIdeaAndOthersVoteForItWithPlainForms() throws Exception {
		Cookie mentee = this.world.signIn(this.world.mentee);
		this.mvc
			.perform(post(this.board).cookie(mentee)
				.with(csrf())
				.param("title", "Lunch at the University Club")
				.param("body", "Faculty drop by *often*."))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.board))
			.andExpect(flash().attributeExists("flash"));
		Idea idea = this.ideas
			.board(this.world.program.id(), PairWorld.as(this.world.mentee), new org.tandem.shared.kernel.Paging(0, 20))
			.ideas()
			.items()
			.get(0);
		assertThat(page(mentee))
			.contains("Lunch at the University Club", "<em>often</em>", "0 votes",
					"Posted by " + this.world.mentee.name())
			.doesNotContain("/ideas/" + idea.id() + "/votes", "/feature", "/hide");
		Cookie mentor = this.world.signIn(this.world.mentor);
		assertThat(page(mentor)).contains("action=\"/ideas/" + idea.id() + "/votes\"");
		this.mvc.perform(post("/ideas/" + idea.id() + "/votes").cookie(mentor).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.board));
		assertThat(page(mentor)).contains("1 vote", "You voted for it")
			.doesNotContain("action=\"/ideas/" + idea.id() + "/votes\"");
		this.mvc.perform(post("/ideas/" + idea.id() + "/votes").cookie(mentor).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void aBadFormIsShownAgainWithItsErrorsAndNothingIsWritten() throws Exception {
		Cookie mentee = this.world.signIn(this.world.mentee);
		String body = this.mvc
			.perform(post(this.board).cookie(mentee).with(csrf()).param("title", " ").param("body", "b".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("Your idea is required", "More about it must be at most 2000 characters");
		assertThat(this.jdbc.sql("select count(*) from idea where program_id = :program")
			.param("program", this.world.program.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theCommitteeFeaturesAndHidesFromThePageAndParticipantsCannot() throws Exception {
		Idea idea = this.ideas.post(this.world.program.id(), PairWorld.as(this.world.mentee),
				new NewIdea("Walking meetings", null));
		Cookie mentor = this.world.signIn(this.world.mentor);
		this.mvc.perform(post("/ideas/" + idea.id() + "/feature").cookie(mentor).with(csrf()).param("featured", "true"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/ideas/" + idea.id() + "/hide").cookie(mentor).with(csrf()).param("hidden", "true"))
			.andExpect(status().isForbidden());
		Cookie committee = this.world.signIn(this.world.committee);
		assertThat(page(committee)).contains("action=\"/ideas/" + idea.id() + "/feature\"",
				"action=\"/ideas/" + idea.id() + "/hide\"");
		this.mvc
			.perform(post("/ideas/" + idea.id() + "/feature").cookie(committee).with(csrf()).param("featured", "true"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.board));
		assertThat(page(committee)).contains("Featured", "Stop featuring");
		assertThat(this.ideas.featured(this.world.program.id(), 3)).extracting(Idea::title)
			.containsExactly("Walking meetings");
		this.mvc.perform(post("/ideas/" + idea.id() + "/hide").cookie(committee).with(csrf()).param("hidden", "true"))
			.andExpect(status().isFound());
		assertThat(page(committee)).contains("Hidden from participants", "Show again");
		assertThat(page(mentor)).doesNotContain("Walking meetings");
		assertThat(this.ideas.featured(this.world.program.id(), 3)).isEmpty();
	}

	@Test
	void strangersFindNoBoard() throws Exception {
		Idea idea = this.ideas.post(this.world.program.id(), PairWorld.as(this.world.mentee),
				new NewIdea("Visit the archive", null));
		Cookie stranger = this.world.signIn(this.world.stranger);
		this.mvc.perform(get(this.board).cookie(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(post("/ideas/" + idea.id() + "/votes").cookie(stranger).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theBoardCostsTheSameQueriesForTwoOrTwentyIdeas() throws Exception {
		postIdeas(2);
		Cookie committee = this.world.signIn(this.world.committee);
		page(committee);
		long few = QueryCounter.count(() -> page(committee)).statements();
		postIdeas(18);
		var many = QueryCounter.count(() -> page(committee));
		assertThat(many.result()).contains("Idea 19");
		// a page that outgrows the response buffer commits early and costs the session
		// store one statement more: that is the page's size, not a query per row
		assertThat(many.statements()).as("statements for 20 ideas").isBetween(few, few + 1);
	}

	@Test
	void theProgramPageReadsItsFeaturedIdeasAndTheBoardItsAuthorsWithoutAPersonLookUp() throws Exception {
		postIdeas(4);
		var committee = PairWorld.as(this.world.committee);
		for (Idea idea : this.ideas.board(this.world.program.id(), committee, new Paging(0, 20)).ideas().items()) {
			if (!idea.title().equals("Idea 3")) {
				this.ideas.feature(idea.id(), committee, true);
			}
		}
		Cookie mentor = this.world.signIn(this.world.mentor);
		String program = "/programs/" + this.world.program.id();
		this.mvc.perform(get(program).cookie(mentor)).andExpect(status().isOk());
		var counted = QueryCounter.count(() -> this.mvc.perform(get(program).cookie(mentor))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(counted.result()).contains("Idea 0", "Idea 1", "Idea 2", "(1 vote)").doesNotContain("Idea 3");
		assertThat(counted.sql()).filteredOn((sql) -> sql.contains("from idea")).hasSize(1);
		assertThat(counted.sql()).noneMatch((sql) -> sql.contains("FROM \"person\""));
		var board = QueryCounter.count(() -> page(mentor));
		assertThat(board.result()).contains("Posted by " + this.world.mentee.name(),
				"Posted by " + this.world.otherMentee.name(), "Posted by " + this.world.committee.name());
		assertThat(board.sql()).noneMatch((sql) -> sql.contains("FROM \"person\""));
	}

	private int posted;

	private void postIdeas(int count) {
		Person[] authors = { this.world.mentee, this.world.mentor, this.world.otherMentee, this.world.committee };
		for (int i = 0; i < count; i++) {
			Idea idea = this.ideas.post(this.world.program.id(), PairWorld.as(authors[this.posted % 4]),
					new NewIdea("Idea " + this.posted, "A *short* note"));
			this.ideas.vote(idea.id(), PairWorld.as(this.world.otherMentor));
			this.posted++;
		}
	}

	private String page(Cookie session) throws Exception {
		return this.mvc.perform(get(this.board).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
