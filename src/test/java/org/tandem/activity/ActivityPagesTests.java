package org.tandem.activity;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue page (the committee keeps it, participants read it) and the pair's
 * checklist page (the pair only), all with plain forms.
 */
@IntegrationTest
class ActivityPagesTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	ActivityWorld world;

	PairWorld pairs;

	String catalogue;

	String checklist;

	@BeforeEach
	void setUp() {
		this.world = new ActivityWorld(this.worlds.create(), this.jdbc);
		this.pairs = this.world.pairs;
		this.catalogue = "/programs/" + this.pairs.program.id() + "/activities";
		this.checklist = "/pairings/" + this.pairs.pairing.id() + "/activities";
	}

	@Test
	void participantsReadTheCatalogueAndTheCommitteeGetsItsForms() throws Exception {
		this.mvc.perform(get(this.catalogue).cookie(signIn(this.pairs.mentee)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Suggested activities of "),
					containsString("Show your mentee around"), containsString("Plan a sabbatical or study leave"),
					not(containsString("Add an activity")), not(containsString("Retire")))));
		this.mvc.perform(get(this.catalogue).cookie(signIn(this.pairs.committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Add an activity"), containsString("Move down"),
					containsString("Retire<span class=\"visually-hidden\"> “Show your mentee around”"))));
		this.mvc.perform(get(this.catalogue).cookie(signIn(this.pairs.stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get(this.catalogue)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theCommitteeAddsEditsMovesAndRetiresWithForms() throws Exception {
		Cookie committee = signIn(this.pairs.committee);
		this.mvc
			.perform(post(this.catalogue).param("title", "Walk the campus <loop>")
				.param("description", "Forty minutes.")
				.cookie(committee)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.catalogue));
		List<UUID> ids = this.world.activities();
		assertThat(ids).hasSize(6);
		UUID added = ids.get(5);
		this.mvc.perform(get(this.catalogue).cookie(signIn(this.pairs.mentee)))
			.andExpect(content()
				.string(allOf(containsString("Walk the campus &lt;loop&gt;"), not(containsString("<loop>")))));

		this.mvc
			.perform(post(this.catalogue + "/" + added).param("title", "Walk the lake")
				.param("description", "")
				.cookie(committee)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.catalogue + "#activity-" + added));
		this.mvc.perform(
				post(this.catalogue + "/" + added + "/move").param("direction", "up").cookie(committee).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.world.activities().get(4)).isEqualTo(added);
		this.mvc
			.perform(post(this.catalogue + "/" + ids.get(0) + "/move").param("direction", "up")
				.cookie(committee)
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.world.activities().get(0)).as("the first stays first").isEqualTo(ids.get(0));

		this.mvc.perform(post(this.catalogue + "/" + ids.get(0) + "/retire").cookie(committee).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.catalogue));
		assertThat(this.world.activities()).hasSize(5).doesNotContain(ids.get(0)).contains(added);
		this.mvc.perform(get(this.catalogue).cookie(committee))
			.andExpect(content()
				.string(allOf(containsString("Walk the lake"), not(containsString("Show your mentee around")))));
	}

	@Test
	void badFormsComeBackWithTheirErrorsAndParticipantsAreRefused() throws Exception {
		Cookie committee = signIn(this.pairs.committee);
		this.mvc
			.perform(post(this.catalogue).param("title", " ").param("description", "").cookie(committee).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content()
				.string(allOf(containsString("Please correct the following"), containsString("href=\"#add-title\""))));
		UUID first = this.world.activities().get(0);
		this.mvc
			.perform(post(this.catalogue + "/" + first).param("title", "t".repeat(201))
				.param("description", "")
				.cookie(committee)
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#edit-" + first + "-title\"")));
		Cookie mentee = signIn(this.pairs.mentee);
		this.mvc.perform(post(this.catalogue).param("title", "Mine").cookie(mentee).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.catalogue).param("title", "").cookie(mentee).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.catalogue + "/" + first + "/retire").cookie(mentee).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(this.catalogue + "/" + first + "/retire").cookie(signIn(this.world.otherCommittee))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.world.activities()).hasSize(5).contains(first);
	}

	@Test
	void thePairTicksOffAnActivityOnItsChecklist() throws Exception {
		Cookie mentee = signIn(this.pairs.mentee);
		this.mvc.perform(get(this.checklist).cookie(mentee))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("<strong>0 of 5</strong> done"), containsString("Show your mentee around"),
						containsString("Not done yet"), containsString("name=\"reflection\""))));
		UUID first = this.world.activities().get(0);
		this.mvc
			.perform(post(this.checklist + "/" + first).param("done", "true")
				.param("doneOn", "")
				.param("reflection", "Met the <dean> at last")
				.cookie(mentee)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.checklist + "#activity-" + first));
		this.mvc.perform(get(this.checklist).cookie(signIn(this.pairs.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<strong>1 of 5</strong> done"),
					containsString("Done on <time datetime=\"" + PairWorld.today() + "\""),
					containsString("Met the &lt;dean&gt; at last"))));
		// an unticked box sends nothing: not done, the day dropped, the reflection kept
		this.mvc
			.perform(post(this.checklist + "/" + first).param("doneOn", PairWorld.today().toString())
				.param("reflection", "Met the <dean> at last")
				.param("from", "workspace")
				.cookie(mentee)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/pairings/" + this.pairs.pairing.id() + "#activity-" + first));
		this.mvc.perform(get(this.checklist).cookie(mentee))
			.andExpect(content().string(allOf(containsString("<strong>0 of 5</strong> done"),
					containsString("Met the &lt;dean&gt; at last"))));
	}

	@Test
	void aBadDateComesBackAtItsActivitysForm() throws Exception {
		UUID second = this.world.activities().get(1);
		this.mvc
			.perform(post(this.checklist + "/" + second).param("done", "true")
				.param("doneOn", "not a date")
				.param("reflection", "Kept as typed")
				.cookie(signIn(this.pairs.mentee))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#activity-" + second + "-doneOn\""),
					containsString("Kept as typed"))));
		this.mvc
			.perform(post(this.checklist + "/" + second).param("done", "true")
				.param("doneOn", PairWorld.today().plusDays(2).toString())
				.cookie(signIn(this.pairs.mentee))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Done on must not be in the future")));
	}

	@Test
	void theChecklistPageIsThePairsOnly() throws Exception {
		UUID first = this.world.activities().get(0);
		for (Person outsider : List.of(this.pairs.committee, this.pairs.admin, this.pairs.otherMentee,
				this.pairs.stranger)) {
			Cookie cookie = signIn(outsider);
			this.mvc.perform(get(this.checklist).cookie(cookie)).andExpect(status().isNotFound());
			this.mvc.perform(post(this.checklist + "/" + first).param("done", "true").cookie(cookie).with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get(this.checklist)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aClosedPairingsChecklistHasNoForms() throws Exception {
		this.pairs.close(this.pairs.mentor, "Done.");
		Cookie mentee = signIn(this.pairs.mentee);
		this.mvc.perform(get(this.checklist).cookie(mentee))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("This pairing is closed"), not(containsString("name=\"reflection\"")))));
		this.mvc
			.perform(post(this.checklist + "/" + this.world.activities().get(0)).param("done", "true")
				.cookie(mentee)
				.with(csrf()))
			.andExpect(status().isConflict());
	}

	private Cookie signIn(Person person) throws Exception {
		return this.world.signIn(person);
	}

}
