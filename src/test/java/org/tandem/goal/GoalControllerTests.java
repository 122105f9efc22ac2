package org.tandem.goal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.shared.kernel.Paging;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pair's goal pages: setting a goal with suggested steps, changing it, ticking its
 * milestones, commenting on it; and 404 for everyone outside the pair.
 */
@IntegrationTest
class GoalControllerTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	Goals goals;

	PairWorld world;

	String board;

	private final Map<Person, Cookie> sessions = new HashMap<>();

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.board = "/pairings/" + this.world.pairing.id() + "/goals";
	}

	@Test
	void theBoardGroupsTheGoalsByOwnerAndOffersStepsToConsider() throws Exception {
		Goal career = add(this.world.mentee, "Become a subject specialist", null);
		add(this.world.mentor, "Learn what new staff find hard", this.world.mentor);
		this.goals.change(career.id(), PairWorld.as(this.world.mentor),
				new GoalChange(null, null, null, false, 35, null,
						List.of(new GoalChange.MilestoneInput("Meet the subject team", true),
								new GoalChange.MilestoneInput("Take the liaison course", false)),
						null));
		page(get(this.board), this.world.mentee).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
			.andExpect(text(this.world.mentee.name() + "'s career goals"))
			.andExpect(text(this.world.mentor.name() + "'s learning goals"))
			.andExpect(text("Become a subject specialist"))
			.andExpect(text("Learn what new staff find hard"))
			.andExpect(text("href=\"/goals/" + career.id() + "\""))
			.andExpect(
					text("<progress aria-labelledby=\"goal-progress-" + career.id() + "\" max=\"100\" value=\"35\">"))
			.andExpect(text("35%"))
			.andExpect(text("1 of 2 milestones done"))
			.andExpect(text("2 open · 0 achieved · 0 dropped"))
			.andExpect(text("Set a goal"))
			.andExpect(text("Steps to consider"))
			.andExpect(text("Take a course or a workshop"))
			.andExpect(text("Go to a conference"))
			.andExpect(text("Meet someone who has done this"))
			.andExpect(text("Ask for feedback on a draft"))
			.andExpect(text("Shadow a colleague for a day"))
			.andExpect(text("Add as milestone"));
		String html = page(get(this.board), this.world.mentee).andReturn().getResponse().getContentAsString();
		assertThat(html.indexOf("Become a subject specialist")).isBetween(html.indexOf("career goals</h2>"),
				html.indexOf("learning goals</h2>"));
		assertThat(html.indexOf("Learn what new staff find hard")).isGreaterThan(html.indexOf("learning goals</h2>"));
	}

	@Test
	void aMemberSetsAGoalForThemselfOrTheirPartner() throws Exception {
		String location = page(post(this.board).param("title", "Give a conference talk")
			.param("description", "About our open access work")
			.param("targetOn", PairWorld.today().plusMonths(5).toString())
			.param("owner", "ME")
			.param("milestones", "Write the abstract", "", "Submit it"), this.world.mentee)
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/goals/*"))
			.andExpect(flash().attribute("flash", not(containsString("conference talk"))))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		page(get(location), this.world.mentee).andExpect(status().isOk())
			.andExpect(text("<h1>Give a conference talk</h1>"))
			.andExpect(text("About our open access work"))
			.andExpect(text(this.world.mentee.name() + "'s career goal"))
			.andExpect(text("Write the abstract"))
			.andExpect(text("Submit it"))
			.andExpect(text("0 of 2 done"));
		page(post(this.board).param("title", "Try a walking meeting").param("owner", "PARTNER"), this.world.mentee)
			.andExpect(status().isFound());
		page(post(this.board).param("title", "Draft the promotion dossier").param("owner", "PARTNER"),
				this.world.mentor)
			.andExpect(status().isFound());
		List<Goal> all = this.goals.of(this.world.pairing.id(), PairWorld.as(this.world.mentor)).get().goals();
		assertThat(all).extracting(Goal::title)
			.containsExactly("Give a conference talk", "Try a walking meeting", "Draft the promotion dossier");
		assertThat(all).extracting(Goal::ownerId)
			.containsExactly(id(this.world.mentee), id(this.world.mentor), id(this.world.mentee));
		assertThat(all.get(0).milestones()).extracting(Milestone::title)
			.containsExactly("Write the abstract", "Submit it");
	}

	@Test
	void aSuggestedStepIsAddedToTheFormAsAMilestoneWithoutSavingAnything() throws Exception {
		page(post(this.board).param("title", "Get published")
			.param("owner", "ME")
			.param("milestones", "Choose a journal", "")
			.param("addMilestone", "Ask for feedback on a draft"), this.world.mentee).andExpect(status().isOk())
			.andExpect(text("value=\"Get published\""))
			.andExpect(text("id=\"milestones.0.title\" name=\"milestones\" type=\"text\" value=\"Choose a journal\""))
			.andExpect(text(
					"id=\"milestones.1.title\" name=\"milestones\" type=\"text\" value=\"Ask for feedback on a draft\""))
			.andExpect(text("Another milestone"))
			.andExpect(lacks("Please correct the following"));
		assertThat(this.goals.of(this.world.pairing.id(), PairWorld.as(this.world.mentee)).get().goals()).isEmpty();
	}

	@Test
	void theFormShowsEveryProblemAndSavesNothing() throws Exception {
		page(post(this.board).param("title", " ")
			.param("targetOn", this.world.pairing.startedOn().minusDays(3).toString())
			.param("owner", "ME"), this.world.mentee).andExpect(status().isOk())
			.andExpect(text("Please correct the following"))
			.andExpect(text("href=\"#title\""));
		page(post(this.board).param("title", "Fine").param("targetOn", "soon").param("owner", "ME"), this.world.mentee)
			.andExpect(status().isOk())
			.andExpect(text("href=\"#targetOn\""));
		page(post(this.board).param("title", "Fine")
			.param("targetOn", this.world.pairing.startedOn().minusDays(3).toString())
			.param("owner", "ME"), this.world.mentee).andExpect(status().isOk())
			.andExpect(text("must not be before the pairing started"));
		page(post(this.board).param("title", "Fine").param("milestones", "m".repeat(201)).param("owner", "ME"),
				this.world.mentee)
			.andExpect(status().isOk())
			.andExpect(text("href=\"#milestones.0.title\""));
		assertThat(this.goals.of(this.world.pairing.id(), PairWorld.as(this.world.mentee)).get().goals()).isEmpty();
	}

	@Test
	void eitherMemberChangesTheGoalOnItsPage() throws Exception {
		Goal goal = add(this.world.mentee, "Apply for promotion", null);
		String path = "/goals/" + goal.id();
		page(get(path), this.world.mentor).andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
			.andExpect(text("Change the goal"))
			.andExpect(text("<option value=\"OPEN\" selected>Open</option>"));
		String target = PairWorld.today().plusMonths(3).toString();
		page(post(path).param("title", "Apply for promotion this year")
			.param("description", "With the dossier ready by autumn")
			.param("targetOn", target)
			.param("progress", "60")
			.param("status", "OPEN")
			.param("version", "0"), this.world.mentor).andExpect(status().isFound())
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("flash", "Your changes to the goal are saved."));
		page(get(path), this.world.mentee).andExpect(text("<h1>Apply for promotion this year</h1>"))
			.andExpect(text("With the dossier ready by autumn"))
			.andExpect(text("<time datetime=\"" + target + "\">"))
			.andExpect(text("value=\"60\">60%</progress>"));
		// an empty target date removes it
		page(post(path).param("title", "Apply for promotion this year")
			.param("targetOn", "")
			.param("progress", "100")
			.param("status", "ACHIEVED")
			.param("version", "1"), this.world.mentee).andExpect(status().isFound());
		Goal saved = this.goals.find(goal.id(), PairWorld.as(this.world.mentee)).goal();
		assertThat(saved.targetOn()).isNull();
		assertThat(saved.description()).isNull();
		assertThat(saved.status()).isEqualTo(GoalStatus.ACHIEVED);
		assertThat(saved.progress()).isEqualTo(100);
	}

	@Test
	void theEditFormRefusesBadValuesAndAnEditOfAnOutdatedGoal() throws Exception {
		Goal goal = add(this.world.mentee, "Apply for promotion", null);
		String path = "/goals/" + goal.id();
		page(post(path).param("title", "").param("progress", "101").param("status", "DONE").param("version", "0"),
				this.world.mentee)
			.andExpect(status().isOk())
			.andExpect(text("href=\"#edit-title\""))
			.andExpect(text("href=\"#edit-progress\""))
			.andExpect(text("href=\"#edit-status\""));
		page(post(path).param("title", "Partner was first")
			.param("progress", "10")
			.param("status", "OPEN")
			.param("version", "0"), this.world.mentor).andExpect(status().isFound());
		page(post(path).param("title", "My older edit")
			.param("progress", "20")
			.param("status", "OPEN")
			.param("version", "0"), this.world.mentee).andExpect(status().isConflict())
			.andExpect(text("This goal was changed meanwhile"))
			.andExpect(text("<h1>Partner was first</h1>"))
			.andExpect(text("value=\"My older edit\""))
			.andExpect(text("name=\"version\" value=\"1\""));
		assertThat(this.goals.find(goal.id(), PairWorld.as(this.world.mentee)).goal().title())
			.isEqualTo("Partner was first");
	}

	@Test
	void milestonesAreAddedTickedAndRemoved() throws Exception {
		Goal goal = add(this.world.mentor, "Learn to run a workshop", this.world.mentor);
		String path = "/goals/" + goal.id();
		page(get(path).param("milestone", "Shadow a colleague for a day"), this.world.mentor).andExpect(status().isOk())
			.andExpect(
					text("id=\"milestone-title\" name=\"title\" type=\"text\" value=\"Shadow a colleague for a day\""))
			.andExpect(text("<datalist id=\"step-ideas\">"))
			.andExpect(text("href=\"" + path + "?milestone=Present%20at%20a%20meeting#milestone-title\""));
		page(post(path + "/milestones").param("title", "Watch a colleague's workshop"), this.world.mentor)
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(path + "#milestones"))
			.andExpect(flash().attribute("flash", "The milestone is added."));
		page(post(path + "/milestones").param("title", "Run one for the team"), this.world.mentee)
			.andExpect(status().isFound());
		page(post(path + "/milestones").param("title", " "), this.world.mentee).andExpect(status().isOk())
			.andExpect(text("href=\"#milestone-title\""));
		page(post(path + "/milestones/toggle").param("index", "0").param("version", "2"), this.world.mentee)
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "The milestone is marked done."));
		page(get(path), this.world.mentor).andExpect(text("1 of 2 done"))
			.andExpect(text("Mark not done<span class=\"visually-hidden\">: Watch a colleague's workshop</span>"));
		// a button of a page shown before the last change changes nothing
		page(post(path + "/milestones/remove").param("index", "1").param("version", "2"), this.world.mentor)
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", containsString("changed meanwhile")));
		page(post(path + "/milestones/toggle").param("index", "7").param("version", "3"), this.world.mentor)
			.andExpect(flash().attribute("flash", containsString("changed meanwhile")));
		assertThat(milestones(goal)).extracting(Milestone::title)
			.containsExactly("Watch a colleague's workshop", "Run one for the team");
		page(post(path + "/milestones/remove").param("index", "0").param("version", "3"), this.world.mentor)
			.andExpect(flash().attribute("flash", "The milestone is removed."));
		assertThat(milestones(goal)).containsExactly(new Milestone("Run one for the team", false));
	}

	@Test
	void bothMembersCommentOnTheGoalPage() throws Exception {
		Goal goal = add(this.world.mentee, "Write a grant application", null);
		String path = "/goals/" + goal.id();
		page(post(path + "/comments").param("body", "Start from last year's call.\nIt is similar."), this.world.mentor)
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(path + "#comments"))
			.andExpect(flash().attribute("flash", "Your comment is added."));
		page(post(path + "/comments").param("body", "  "), this.world.mentee).andExpect(status().isOk())
			.andExpect(text("href=\"#comment-body\""));
		page(get(path), this.world.mentee).andExpect(text("Start from last year's call.\nIt is similar."))
			.andExpect(text("<strong>" + this.world.mentor.name() + "</strong>"));
	}

	@Test
	void aClosedPairingsGoalsAreShownWithoutForms() throws Exception {
		Goal goal = add(this.world.mentee, "Finish the certificate", null);
		this.world.close(this.world.mentee, "Done for the year.");
		page(get(this.board), this.world.mentee).andExpect(status().isOk())
			.andExpect(text("Finish the certificate"))
			.andExpect(text("This pairing is closed"))
			.andExpect(lacks("Set a goal"));
		page(get("/goals/" + goal.id()), this.world.mentor).andExpect(status().isOk())
			.andExpect(lacks("Change the goal"))
			.andExpect(lacks("Add the milestone"))
			.andExpect(lacks("Add the comment"));
		page(post(this.board).param("title", "One more").param("owner", "ME"), this.world.mentee)
			.andExpect(status().isConflict());
		page(post("/goals/" + goal.id() + "/comments").param("body", "Late"), this.world.mentee)
			.andExpect(status().isConflict());
		page(post("/goals/" + goal.id() + "/milestones").param("title", "Late"), this.world.mentee)
			.andExpect(status().isConflict());
	}

	@Test
	void everyoneOutsideThePairGetsTheNotFoundPage() throws Exception {
		Goal goal = add(this.world.mentee, "Leave for another library", null);
		String path = "/goals/" + goal.id();
		for (Person outsider : List.of(this.world.committee, this.world.admin, this.world.otherMentor,
				this.world.stranger)) {
			for (MockHttpServletRequestBuilder request : List.of(get(this.board),
					post(this.board).param("title", "Planted").param("owner", "ME"), get(path),
					post(path).param("title", "Planted").param("progress", "5").param("status", "OPEN"),
					post(path + "/milestones").param("title", "Planted"),
					post(path + "/milestones/toggle").param("index", "0").param("version", "0"),
					post(path + "/milestones/remove").param("index", "0").param("version", "0"),
					post(path + "/comments").param("body", "Planted"))) {
				page(request, outsider).andExpect(status().isNotFound()).andExpect(lacks("Leave for another library"));
			}
		}
		this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		Goal unchanged = this.goals.find(goal.id(), PairWorld.as(this.world.mentee)).goal();
		assertThat(unchanged.version()).isZero();
		assertThat(this.goals.of(this.world.pairing.id(), PairWorld.as(this.world.mentee)).get().goals()).hasSize(1);
		assertThat(this.goals.comments(goal.id(), PairWorld.as(this.world.mentee), new Paging(0, 10)).total()).isZero();
	}

	private Goal add(Person by, String title, @Nullable Person owner) {
		TandemPrincipal me = PairWorld.as(by);
		UUID ownerId = (owner != null) ? id(owner) : null;
		return this.goals.add(this.world.pairing.id(), me, new NewGoal(title, null, null, ownerId, List.of()));
	}

	private List<Milestone> milestones(Goal goal) {
		return this.goals.find(goal.id(), PairWorld.as(this.world.mentee)).goal().milestones();
	}

	private ResultActions page(MockHttpServletRequestBuilder request, Person person) throws Exception {
		Cookie session = this.sessions.get(person);
		if (session == null) {
			session = this.world.signIn(person);
			this.sessions.put(person, session);
		}
		return this.mvc.perform(request.cookie(session).with(csrf()));
	}

	private static ResultMatcher text(String html) {
		return content().string(containsString(html));
	}

	private static ResultMatcher lacks(String html) {
		return content().string(not(containsString(html)));
	}

	private static UUID id(Person person) {
		return person.id().value();
	}

}
