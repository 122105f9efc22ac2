package org.tandem.program;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /programs/{id}/places}: the committee adds and removes suggested places; bad
 * input writes nothing; others are kept out.
 */
@IntegrationTest
class SuggestedPlacesPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Programs programs;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	ProgramTestSupport support;

	Program program;

	Person committee;

	String page;

	@BeforeEach
	void setUp() {
		this.support = new ProgramTestSupport(this.mvc, this.programs, this.fixtures);
		this.program = this.support.program(false);
		this.committee = this.support.member(this.program, Role.COMMITTEE, "Paz Places");
		this.page = "/programs/" + this.program.id() + "/places";
	}

	@Test
	void theCommitteeAddsAndRemovesPlaces() throws Exception {
		Cookie session = this.support.signIn(this.committee);
		this.mvc.perform(get("/programs/" + this.program.id()).cookie(session))
			.andExpect(content().string(containsString("href=\"" + this.page + "\"")));
		this.mvc.perform(get(this.page).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No suggested places yet.")));

		add(session, "  Lakeside loop ", "WALKING", "30 minutes round the lake").andExpect(status().isFound())
			.andExpect(redirectedUrl(this.page))
			.andExpect(flash().attribute("flash", "Lakeside loop was added."));
		add(session, "Staff canteen", "LUNCH", "").andExpect(status().isFound());

		this.mvc.perform(get(this.page).cookie(session))
			.andExpect(content().string(containsString("Lakeside loop")))
			.andExpect(content().string(containsString("30 minutes round the lake")))
			.andExpect(content().string(containsString("Lunch spot")));
		assertThat(names()).containsExactly("Lakeside loop", "Staff canteen");

		UUID canteen = this.jdbc.sql("select id from suggested_place where program_id = :p and name = 'Staff canteen'")
			.param("p", this.program.id().value())
			.query(UUID.class)
			.single();
		this.mvc.perform(post(this.page + "/" + canteen + "/delete").cookie(session).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flash", "Staff canteen was removed."));
		assertThat(names()).containsExactly("Lakeside loop");
	}

	@Test
	void badInputShowsEveryProblemAndWritesNothing() throws Exception {
		Cookie session = this.support.signIn(this.committee);
		add(session, "", "SPACESHIP", "x".repeat(501)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Name is required")))
			.andExpect(content().string(containsString("Kind must be one of WALKING, LUNCH, ROOM, OTHER")))
			.andExpect(content().string(containsString("Short description must be at most 500 characters")));
		add(session, "n".repeat(201), "ROOM", "")
			.andExpect(content().string(containsString("Name must be at most 200")));
		add(session, "Two\nlines", "ROOM", "").andExpect(content().string(containsString("Name must be one line")));
		assertThat(names()).isEmpty();

		add(session, "Reading room", "ROOM", "").andExpect(status().isFound());
		add(session, "READING ROOM", "OTHER", "").andExpect(status().isOk())
			.andExpect(content().string(containsString("suggests a place of that name already")));
		assertThat(names()).containsExactly("Reading room");
	}

	@Test
	void othersAreKeptOut() throws Exception {
		this.mvc.perform(get(this.page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		Person mentor = this.support.member(this.program, Role.MENTOR, "Mo Mentor");
		Cookie mentorSession = this.support.signIn(mentor);
		this.mvc.perform(get(this.page).cookie(mentorSession)).andExpect(status().isForbidden());
		add(mentorSession, "Mentor's pick", "OTHER", "").andExpect(status().isForbidden());
		Cookie stranger = this.support.signIn(this.fixtures.person("Stella Stranger"));
		this.mvc.perform(get(this.page).cookie(stranger))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(this.program.name()))));
		add(stranger, "Stranger's pick", "OTHER", "").andExpect(status().isNotFound());
		assertThat(names()).isEmpty();
	}

	@Test
	void aPlaceOfAnotherProgramCannotBeRemovedFromHere() throws Exception {
		Program other = this.support.program(false);
		Person otherCommittee = this.support.member(other, Role.COMMITTEE, "Oz Other");
		this.mvc
			.perform(post("/programs/" + other.id() + "/places").cookie(this.support.signIn(otherCommittee))
				.with(csrf())
				.param("name", "Their garden")
				.param("kind", "WALKING"))
			.andExpect(status().isFound());
		UUID theirs = this.jdbc.sql("select id from suggested_place where program_id = :p")
			.param("p", other.id().value())
			.query(UUID.class)
			.single();
		this.mvc
			.perform(
					post(this.page + "/" + theirs + "/delete").cookie(this.support.signIn(this.committee)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from suggested_place where id = :id")
			.param("id", theirs)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private org.springframework.test.web.servlet.ResultActions add(Cookie session, String name, String kind,
			String description) throws Exception {
		return this.mvc.perform(post(this.page).cookie(session)
			.with(csrf())
			.param("name", name)
			.param("kind", kind)
			.param("description", description));
	}

	private List<String> names() {
		return this.jdbc.sql("select name from suggested_place where program_id = :p order by name")
			.param("p", this.program.id().value())
			.query(String.class)
			.list();
	}

}
