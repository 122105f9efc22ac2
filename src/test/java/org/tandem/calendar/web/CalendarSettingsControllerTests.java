package org.tandem.calendar.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.CalendarFixtures;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PersonFixtures;

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
 * The page {@code /settings/calendar}.
 */
@IntegrationTest
class CalendarSettingsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonCreatesSeesOnceRegeneratesAndRevokesTheirFeed() throws Exception {
		Person ada = this.fixtures.person(CalendarFixtures.unique("Ada Calendar"));
		Cookie session = new PersonFixtures(this.jdbc, this.mvc).signIn(ada);
		this.mvc.perform(get("/settings/calendar").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have no calendar feed address yet.")))
			.andExpect(content().string(containsString("Create feed URL")))
			.andExpect(content().string(not(containsString("Revoke"))));

		String page = this.mvc.perform(post("/settings/calendar").cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("it will not be shown again")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String url = page.replaceAll("(?s).*<code class=\"secret\" id=\"feed-url\">([^<]+)</code>.*", "$1");
		assertThat(url).matches("http://localhost:8080/calendar/[0-9a-f]{32}\\.ics");
		String path = url.substring("http://localhost:8080".length());
		this.mvc.perform(get(path)).andExpect(status().isOk());

		this.mvc.perform(get("/settings/calendar").cookie(session))
			.andExpect(content().string(containsString("You have a calendar feed address, created on")))
			.andExpect(content().string(containsString("Regenerate feed URL")))
			.andExpect(content().string(not(containsString(url))));

		this.mvc.perform(post("/settings/calendar").cookie(session).with(csrf())).andExpect(status().isOk());
		this.mvc.perform(get(path)).andExpect(status().isNotFound());

		this.mvc.perform(post("/settings/calendar/revoke").cookie(session).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/calendar"))
			.andExpect(flash().attribute("flash", "Your calendar feed URL is revoked."));
		assertThat(rows(ada)).isZero();
		this.mvc.perform(get("/settings/calendar").cookie(session))
			.andExpect(content().string(containsString("You have no calendar feed address yet.")));
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndFormsWithoutCsrfAreRefused() throws Exception {
		this.mvc.perform(get("/settings/calendar")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/settings/calendar").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/settings/calendar/revoke").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));

		Person ada = this.fixtures.person(CalendarFixtures.unique("Ada Calendar"));
		Cookie session = new PersonFixtures(this.jdbc, this.mvc).signIn(ada);
		this.mvc.perform(post("/settings/calendar").cookie(session)).andExpect(status().isForbidden());
		assertThat(rows(ada)).isZero();

		this.mvc.perform(post("/settings/calendar").cookie(session).with(csrf())).andExpect(status().isOk());
		this.mvc.perform(post("/settings/calendar/revoke").cookie(session)).andExpect(status().isForbidden());
		assertThat(rows(ada)).isEqualTo(1);
	}

	private long rows(Person person) {
		return this.jdbc.sql("select count(*) from calendar_feed where person_id = :p")
			.param("p", person.id().value())
			.query(Long.class)
			.single();
	}

}
