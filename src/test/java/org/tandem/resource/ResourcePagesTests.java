package org.tandem.resource;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.program.Role;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The program's resources page (its readers), the committee's edit page, and the
 * read-only API.
 */
@IntegrationTest
class ResourcePagesTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	Tips tips;

	PairWorld world;

	String resources;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.resources = "/programs/" + this.world.program.id() + "/resources";
	}

	@Test
	void participantsReadTheDefaultTipSheets() throws Exception {
		this.mvc.perform(get(this.resources).cookie(signIn(this.world.mentee)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Resources of "), containsString("For mentors</h2>"),
					containsString("For mentees</h2>"), containsString("For mentors and mentees</h2>"),
					containsString("Write first, and soon"), containsString("What you discuss stays between you"),
					containsString("/activities\">Suggested activities</a>"), not(containsString("Edit the tips")))));
		this.mvc.perform(get(this.resources).cookie(signIn(this.world.committee)))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Edit the tips"), containsString("Also shown to the pair"))));
		this.mvc.perform(get(this.resources).cookie(signIn(this.world.stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get(this.resources)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theCommitteeAddsChangesAndDeletesATipRenderedAsPlainParagraphs() throws Exception {
		Cookie committee = signIn(this.world.committee);
		this.mvc.perform(get(this.resources + "/edit").cookie(committee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Add a tip"), containsString("Settle how you will"))));
		this.mvc
			.perform(post(this.resources + "/tips").param("title", "Bring <b>notes</b>")
				.param("audience", "MENTEE")
				.param("moment", "")
				.param("body", "First <script>alert(1)</script> paragraph.\r\n\r\nSecond paragraph.")
				.cookie(committee)
				.with(csrf()))
			.andExpect(status().isFound());
		Tip added = this.tips.of(this.world.program.id(), PairWorld.ADMINISTRATOR)
			.stream()
			.filter((tip) -> tip.title().startsWith("Bring"))
			.findFirst()
			.orElseThrow();
		assertThat(added.moment()).isNull();
		this.mvc.perform(get(this.resources).cookie(signIn(this.world.mentor)))
			.andExpect(content().string(allOf(containsString("id=\"" + added.anchor() + "\""),
					containsString("Bring &lt;b&gt;notes&lt;/b&gt;"),
					containsString("<p>First &lt;script&gt;alert(1)&lt;/script&gt; paragraph.</p>"),
					containsString("<p>Second paragraph.</p>"), not(containsString("<script>alert")))));

		this.mvc
			.perform(post(this.resources + "/tips/" + added.id()).param("title", "Bring a notebook")
				.param("audience", "BOTH")
				.param("moment", "DUE")
				.param("body", "Any notebook.")
				.cookie(committee)
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.resources + "/edit#" + added.anchor()));
		this.mvc.perform(get(this.resources).cookie(committee))
			.andExpect(
					content().string(allOf(containsString("Bring a notebook"), containsString("When contact is due"))));

		this.mvc.perform(post(this.resources + "/tips/" + added.id() + "/delete").cookie(committee).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.resources + "/edit"));
		this.mvc.perform(get(this.resources).cookie(committee))
			.andExpect(content().string(not(containsString("Bring a notebook"))));
	}

	@Test
	void badTipFormsComeBackWithTheirErrors() throws Exception {
		Cookie committee = signIn(this.world.committee);
		this.mvc
			.perform(post(this.resources + "/tips").param("title", "")
				.param("audience", "NOBODY")
				.param("body", " ")
				.cookie(committee)
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("href=\"#add-title\""),
					containsString("href=\"#add-audience\""), containsString("href=\"#add-body\""))));
		Tip first = this.tips.of(this.world.program.id(), PairWorld.ADMINISTRATOR).get(0);
		this.mvc
			.perform(post(this.resources + "/tips/" + first.id()).param("title", first.title())
				.param("audience", "MENTOR")
				.param("body", "b".repeat(4001))
				.cookie(committee)
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("href=\"#" + first.anchor() + "-body\"")));
		assertThat(this.tips.of(this.world.program.id(), PairWorld.ADMINISTRATOR).get(0).body())
			.isEqualTo(first.body());
	}

	@Test
	void participantsMayNotEditAndAnotherCommitteeDoesNotSeeTheProgram() throws Exception {
		Tip first = this.tips.of(this.world.program.id(), PairWorld.ADMINISTRATOR).get(0);
		for (Person participant : List.of(this.world.mentee, this.world.mentor)) {
			Cookie cookie = signIn(participant);
			this.mvc.perform(get(this.resources + "/edit").cookie(cookie)).andExpect(status().isForbidden());
			this.mvc
				.perform(post(this.resources + "/tips").param("title", "Mine")
					.param("audience", "BOTH")
					.param("body", "Mine.")
					.cookie(cookie)
					.with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post(this.resources + "/tips/" + first.id()).param("title", "").cookie(cookie).with(csrf()))
				.andExpect(status().isForbidden());
			this.mvc.perform(post(this.resources + "/tips/" + first.id() + "/delete").cookie(cookie).with(csrf()))
				.andExpect(status().isForbidden());
		}
		Cookie other = signIn(otherCommittee());
		this.mvc.perform(get(this.resources).cookie(other)).andExpect(status().isNotFound());
		this.mvc.perform(get(this.resources + "/edit").cookie(other)).andExpect(status().isNotFound());
		this.mvc.perform(post(this.resources + "/tips/" + first.id() + "/delete").cookie(other).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					post(this.resources + "/tips/" + UUID.randomUUID() + "/delete").cookie(signIn(this.world.committee))
						.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.tips.of(this.world.program.id(), PairWorld.ADMINISTRATOR)).hasSize(16);
	}

	@Test
	void theApiListsTheTipsToTheProgramsReaders() throws Exception {
		this.mvc
			.perform(get("/api/v1" + this.resources).header(HttpHeaders.AUTHORIZATION,
					this.world.token(this.world.mentee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(16)))
			.andExpect(jsonPath("$[0].audience").value("MENTOR"))
			.andExpect(jsonPath("$[0].moment").value("NEW_PAIRING"))
			.andExpect(jsonPath("$[0].title").value("Write first, and soon"))
			.andExpect(jsonPath("$[0].body").isString());
		this.mvc
			.perform(get("/api/v1" + this.resources).header(HttpHeaders.AUTHORIZATION,
					this.world.token(this.world.stranger)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1" + this.resources)).andExpect(status().isUnauthorized());
	}

	private Person otherCommittee() {
		return this.world.member(this.world.anotherProgram("Other"), Role.COMMITTEE, "Col Othercommittee");
	}

	private Cookie signIn(Person person) throws Exception {
		return this.world.signIn(person);
	}

}
