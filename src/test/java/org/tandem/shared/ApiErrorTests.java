package org.tandem.shared;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PersonFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every error of the API is a problem detail, also for paths and methods no controller
 * serves; pages keep their HTML error page.
 */
@IntegrationTest
class ApiErrorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	String token;

	Person admin;

	@BeforeEach
	void signIn() throws Exception {
		this.admin = this.fixtures.admin("Kai Errors");
		this.token = new PersonFixtures(this.jdbc, this.mvc).token(this.admin);
	}

	@Test
	void unknownApiPathIsAProblem() throws Exception {
		this.mvc.perform(get("/api/v1/no-such-thing").header("Authorization", this.token))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not found"));
	}

	@Test
	void unsupportedMethodIsAProblem() throws Exception {
		this.mvc.perform(delete("/api/v1/me").header("Authorization", this.token))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("This path does not accept DELETE."));
	}

	@Test
	void malformedIdInThePathIsNotFound() throws Exception {
		this.mvc.perform(get("/api/v1/programs/not-an-id/participants").header("Authorization", this.token))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void malformedQueryParameterIsBadRequest() throws Exception {
		this.mvc.perform(get("/api/v1/programs").param("page", "first").header("Authorization", this.token))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void aNulCharacterAnywhereIsBadInputNotAServerError() throws Exception {
		for (String field : new String[] { "name", "pronouns", "title", "department", "location", "professionalIntro",
				"personalIntro", "communicationStyle", "motivation", "background" }) {
			this.mvc
				.perform(patch("/api/v1/people/" + this.admin.id()).header("Authorization", this.token)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"" + field + "\": \"a\\u0000b\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		this.mvc
			.perform(post("/api/v1/programs").header("Authorization", this.token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\": \"Nul\\u0000\", \"startsOn\": \"2027-01-01\", \"endsOn\": \"2027-12-31\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void unknownPageIsLeftToTheHtmlErrorPage() throws Exception {
		// MockMvc does not forward to /error; that the 404 comes without a problem body
		// shows it was passed on
		String contentType = this.mvc
			.perform(get("/no-such-page").cookie(new PersonFixtures(this.jdbc, this.mvc).signIn(this.admin)))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentType();
		assertThat(contentType).isNull();
	}

}
