package org.tandem.program;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/v1/programs/{id}/places}: read-only for the program's participants.
 */
@IntegrationTest
class SuggestedPlacesApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Programs programs;

	@Autowired
	Fixtures fixtures;

	ProgramTestSupport support;

	Program program;

	String path;

	@BeforeEach
	void setUp() throws Exception {
		this.support = new ProgramTestSupport(this.mvc, this.programs, this.fixtures);
		this.program = this.support.program(true);
		this.path = "/api/v1/programs/" + this.program.id() + "/places";
		Person committee = this.support.member(this.program, Role.COMMITTEE, "Cyd Committee");
		Cookie session = this.support.signIn(committee);
		for (String[] place : new String[][] { { "Staff canteen", "LUNCH", "" },
				{ "Lakeside loop", "WALKING", "30 minutes" }, { "Room 101", "ROOM", "" } }) {
			this.mvc
				.perform(post("/programs/" + this.program.id() + "/places").cookie(session)
					.with(csrf())
					.param("name", place[0])
					.param("kind", place[1])
					.param("description", place[2]))
				.andExpect(status().isFound());
		}
	}

	@Test
	void aMenteeReadsThePlacesByKind() throws Exception {
		String mentee = this.support.token(this.support.member(this.program, Role.MENTEE, "Mae Mentee"));
		this.mvc.perform(get(this.path).header(HttpHeaders.AUTHORIZATION, mentee))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items[*].name").value(contains("Lakeside loop", "Staff canteen", "Room 101")))
			.andExpect(jsonPath("$.items[0].kind").value("WALKING"))
			.andExpect(jsonPath("$.items[0].description").value("30 minutes"))
			.andExpect(jsonPath("$.items[0].id").isNotEmpty());
		this.mvc.perform(get(this.path + "?page=1&size=2").header(HttpHeaders.AUTHORIZATION, mentee))
			.andExpect(jsonPath("$.items[*].name").value(contains("Room 101")))
			.andExpect(jsonPath("$.page").value(1));
	}

	@Test
	void anAdministratorReadsThemToo() throws Exception {
		this.mvc
			.perform(get(this.path).header(HttpHeaders.AUTHORIZATION,
					this.support.token(this.fixtures.admin("Al Admin"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3));
	}

	@Test
	void othersGetNoPlaces() throws Exception {
		this.mvc.perform(get(this.path)).andExpect(status().isUnauthorized());
		// enrollment is open, so anyone signed in sees the program, but not its places
		String outsider = this.support.token(this.fixtures.person("Olli Outsider"));
		this.mvc.perform(get(this.path).header(HttpHeaders.AUTHORIZATION, outsider)).andExpect(status().isForbidden());
		Program closed = this.support.program(false);
		this.mvc.perform(get("/api/v1/programs/" + closed.id() + "/places").header(HttpHeaders.AUTHORIZATION, outsider))
			.andExpect(status().isNotFound());
		// a malformed id names no program, as everywhere in the API
		this.mvc.perform(get("/api/v1/programs/not-a-uuid/places").header(HttpHeaders.AUTHORIZATION, outsider))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.path + "?size=201").header(HttpHeaders.AUTHORIZATION, outsider))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theOpenApiDocumentDescribesIt() throws Exception {
		String token = this.support.token(this.fixtures.person("Dee Docs"));
		this.mvc.perform(get("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/programs/{id}/places'].get").exists())
			.andExpect(jsonPath("$.components.schemas.SuggestedPlace.properties.kind.enum").isArray());
	}

}
