package org.tandem.workspace.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.activity.ActivityTick;
import org.tandem.activity.ChecklistItem;
import org.tandem.activity.PairActivities;
import org.tandem.document.DocumentFiles;
import org.tandem.goal.Goals;
import org.tandem.goal.NewGoal;
import org.tandem.message.Messages;
import org.tandem.note.NoteDraft;
import org.tandem.note.Notes;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;
import org.tandem.support.QueryCounter;
import org.tandem.support.QueryCounter.Counted;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pairing's page: the pair's workspace in the order the pair works (next step, next
 * meeting, goals, activities, notes, links), and the committee's view of the same pairing
 * with counts and no text.
 */
@IntegrationTest
class WorkspaceControllerTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	Goals goals;

	/**
	 * What one workspace costs at most (13 statements, one more with the tip of a new or
	 * due pairing, one more to count a conversation longer than the section shows; 33
	 * before issue 13), the session's and the layout's included: the pairing's access is
	 * asked once per request, then one statement per section (see
	 * {@code RequestCostTests}).
	 */
	private static final long MOST_STATEMENTS = 15;

	PairWorld world;

	@Autowired
	PairActivities activities;

	@Autowired
	Messages messages;

	String goalTitle;

	String sharedNote;

	String privateNote;

	@Autowired
	Notes notes;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.goalTitle = "Write a grant proposal " + UUID.randomUUID();
		this.goals.add(this.world.pairing.id(), PairWorld.as(this.world.mentee),
				new NewGoal(this.goalTitle, "A first one, with help", null, null, List.of()));
		this.sharedNote = "Shared thoughts " + UUID.randomUUID();
		this.privateNote = "Private thoughts " + UUID.randomUUID();
		this.notes.write(this.world.pairing.id(), PairWorld.as(this.world.mentee),
				new NoteDraft(this.sharedNote, "PAIR"));
		this.notes.write(this.world.pairing.id(), PairWorld.as(this.world.mentor),
				new NoteDraft(this.privateNote, "PRIVATE"));
	}

	@Test
	void thePairSeesTheirPlanInTheOrderTheyWork() throws Exception {
		String page = page(this.world.signIn(this.world.mentor), 200);
		assertThat(page).contains("Your pairing with " + this.world.mentee.name(), this.goalTitle,
				"Suggested activities", "0 of 5 done", "href=\"/pairings/" + this.world.pairing.id() + "/goals\"");
		// a new pairing: the tip on reaching out, for the mentor
		assertThat(page).contains("class=\"tip-aside\"");
		assertThat(page)
			.containsSubsequence("What to do next", "Next meeting", "Goals", this.goalTitle, "Suggested activities",
					"Shared notes", this.sharedNote, "More about this pairing")
			.doesNotContain(this.privateNote);
	}

	@Test
	void theCommitteeSeesCountsAndNoneOfThePairsText() throws Exception {
		for (var manager : new org.tandem.person.Person[] { this.world.committee, this.world.admin }) {
			String page = page(this.world.signIn(manager), 200);
			assertThat(page).contains("1 set: 1 open, 0 achieved, 0 dropped", "0 of 5 done")
				.doesNotContain(this.goalTitle, "A first one, with help", "Next meeting", "tip-aside", this.sharedNote,
						this.privateNote, "Shared notes");
		}
	}

	@Test
	void otherPairsAndStrangersDoNotFindIt() throws Exception {
		for (var outsider : new org.tandem.person.Person[] { this.world.otherMentee, this.world.stranger }) {
			assertThat(page(this.world.signIn(outsider), 404)).doesNotContain(this.goalTitle);
		}
	}

	@Test
	void aClosedPairingStaysReadableWithoutForms() throws Exception {
		this.world.close(this.world.mentor, "We are done.");
		String page = page(this.world.signIn(this.world.mentee), 200);
		assertThat(page).contains(this.goalTitle, "Closed")
			.doesNotContain("/close\"", "Next meeting",
					"action=\"/pairings/" + this.world.pairing.id() + "/activities");
	}

	@Test
	void thePageCostsTheSameQueriesHoweverMuchThePairHasWritten() throws Exception {
		Cookie session = this.world.signIn(this.world.mentee);
		page(session, 200);
		long few = QueryCounter.count(() -> page(session, 200)).statements();
		for (int i = 0; i < 12; i++) {
			this.goals.add(this.world.pairing.id(), PairWorld.as(this.world.mentor),
					new NewGoal("Goal " + i, null, null, null, List.of("A step", "Another step")));
			this.notes.write(this.world.pairing.id(), PairWorld.as(this.world.mentor),
					new NoteDraft("Note " + i, "PAIR"));
			this.messages.send(this.world.pairing.id(), PairWorld.as(this.world.mentor), "Message " + i);
			if (i < 4) {
				this.mvc
					.perform(multipart(HttpMethod.POST, "/api/v1/pairings/" + this.world.pairing.id() + "/documents")
						.file(new MockMultipartFile("file", "draft.pdf", "application/pdf", DocumentFiles.pdf("Draft")))
						.param("title", "Draft " + i)
						.header(HttpHeaders.AUTHORIZATION, this.world.token(this.world.mentor)))
					.andExpect(status().isCreated());
			}
		}
		for (ChecklistItem item : this.activities.of(this.world.pairing.id(), PairWorld.as(this.world.mentee))
			.items()) {
			this.activities.tick(this.world.pairing.id(), item.activity().id(), PairWorld.as(this.world.mentee),
					new ActivityTick(true, null, "We did it"));
		}
		Counted<String> many = QueryCounter.count(() -> page(session, 200));
		assertThat(many.result()).contains("Goal 11", "5 of 5 done", "Note 11", "Message 11", "Draft 3", "Draft 1")
			.doesNotContain("Draft 0");
		assertThat(many.statements())
			.as("statements for the workspace with 13 goals, 13 notes, 12 messages, 5 activities, 4 documents")
			// a conversation longer than the section shows is counted: one statement
			// more, not a query per row
			.isBetween(few, few + 1)
			.isLessThanOrEqualTo(MOST_STATEMENTS);
		Cookie committee = this.world.signIn(this.world.committee);
		assertThat(QueryCounter.count(() -> page(committee, 200)).statements()).as("statements for the committee")
			.isLessThanOrEqualTo(MOST_STATEMENTS);
	}

	private String page(Cookie session, int status) throws Exception {
		return this.mvc.perform(get("/pairings/" + this.world.pairing.id()).cookie(session))
			.andExpect(status().is(status))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
