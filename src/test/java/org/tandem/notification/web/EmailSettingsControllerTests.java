package org.tandem.notification.web;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.tandem.notification.EmailFrequency;
import org.tandem.notification.EmailPreferences;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PersonFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class EmailSettingsControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmailPreferences preferences;

	@Test
	void aPersonSeesTheDefaultAndChoosesNever() throws Exception {
		Person ada = this.fixtures.person("Ada Email");
		Cookie session = new PersonFixtures(this.jdbc, this.mvc).signIn(ada);
		this.mvc.perform(get("/settings/email").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"IMMEDIATE\" checked")))
			.andExpect(content().string(containsString("value=\"NEVER\"")));

		this.mvc.perform(post("/settings/email").cookie(session).with(csrf()).param("frequency", "NEVER"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings/email"))
			.andExpect(flash().attribute("flash", "Your email choice is saved."));

		assertThat(this.preferences.frequencyOf(ada.id().value())).isEqualTo(EmailFrequency.NEVER);
		this.mvc.perform(get("/settings/email").cookie(session))
			.andExpect(content().string(containsString("value=\"NEVER\" checked")));
	}

	@Test
	void aValueThatIsNoChoiceIsRefusedAndNothingIsWritten() throws Exception {
		Person ada = this.fixtures.person("Ada Email");
		Cookie session = new PersonFixtures(this.jdbc, this.mvc).signIn(ada);
		for (String bad : new String[] { "SOMETIMES", "never", "" }) {
			this.mvc.perform(post("/settings/email").cookie(session).with(csrf()).param("frequency", bad))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("Please choose one of the options.")));
		}
		this.mvc.perform(post("/settings/email").cookie(session).with(csrf())).andExpect(status().isBadRequest());
		assertThat(rows(ada)).isZero();
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndAFormWithoutCsrfIsRefused() throws Exception {
		this.mvc.perform(get("/settings/email")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/settings/email").with(csrf()).param("frequency", "NEVER"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		Person ada = this.fixtures.person("Ada Email");
		Cookie session = new PersonFixtures(this.jdbc, this.mvc).signIn(ada);
		this.mvc.perform(post("/settings/email").cookie(session).param("frequency", "NEVER"))
			.andExpect(status().isForbidden());
		assertThat(rows(ada)).isZero();
	}

	private long rows(Person person) {
		return this.jdbc.sql("select count(*) from email_preference where person_id = :p")
			.param("p", person.id().value())
			.query(Long.class)
			.single();
	}

}
