package org.tandem.setup;

import org.junit.jupiter.api.Test;
import org.tandem.account.Accounts;
import org.tandem.person.People;
import org.tandem.shared.TandemProperties;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The first administrator on an installation that already has accounts (the shared test
 * database always has some): configuration mistakes stop the start, and nothing else
 * happens. The creation itself, on an empty database, is tested in
 * {@code org.tandem.startup.StartupTests}.
 */
@IntegrationTest
class FirstAdministratorTests {

	@Autowired
	TandemProperties properties;

	@Autowired
	Accounts accounts;

	@Autowired
	People people;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aPasswordThatBreaksThePolicyStopsTheStartNamingTheVariable() {
		String password = "short-secret";
		assertThatThrownBy(() -> runner("admin@example.org", password.substring(0, 8)).run(arguments()))
			.isInstanceOf(InvalidSetupException.class)
			.hasMessageStartingWith("TANDEM_ADMIN_PASSWORD must be between 12 and 128 characters long")
			.hasMessageNotContaining("short-se");
		assertThat(new SetupFailureAnalyzer().analyze(new InvalidSetupException("TANDEM_ADMIN_PASSWORD x"))
			.getDescription()).contains("TANDEM_ADMIN_PASSWORD");
	}

	@Test
	void halfAConfigurationOrABadEmailStopsTheStart() {
		assertThatThrownBy(() -> runner("admin@example.org", "").run(arguments()))
			.hasMessageContaining("Only TANDEM_ADMIN_EMAIL is set");
		assertThatThrownBy(() -> runner("", "a long enough password").run(arguments()))
			.hasMessageContaining("Only TANDEM_ADMIN_PASSWORD is set");
		assertThatThrownBy(() -> runner("not an email", "a long enough password").run(arguments()))
			.hasMessageContaining("TANDEM_ADMIN_EMAIL is not an email address");
	}

	@Test
	void withAccountsPresentAConfiguredAdministratorIsNotCreated() {
		this.fixtures.person("Somebody Already");
		String email = Fixtures.uniqueEmail("late-admin");
		runner(email, "a long enough password").run(arguments());
		assertThat(this.people.findByEmail(email)).isEmpty();
	}

	@Test
	void withAccountsPresentNoSetupLinkIsIssued() {
		this.fixtures.person("Somebody Present");
		long before = setupLinks();
		runner("", "").run(arguments());
		assertThat(setupLinks()).isEqualTo(before);
	}

	@Test
	void aSetupLinkDoesNotWorkOnceAnAccountExists() throws Exception {
		this.fixtures.person("Existing Account");
		String link = this.accounts.issueSetupLink();
		assertThat(link).matches("https?://.+/setup/[A-Za-z0-9_-]{43}");
		String token = link.substring(link.lastIndexOf('/') + 1);
		assertThat(this.accounts.setupLinkValid(token)).isFalse();
		this.mvc.perform(get("/setup/" + token)).andExpect(status().isNotFound());
		String email = Fixtures.uniqueEmail("intruder");
		this.mvc
			.perform(post("/setup/" + token).param("name", "Intruder")
				.param("email", email)
				.param("password", "a long enough password")
				.param("passwordRepeated", "a long enough password")
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.people.findByEmail(email)).isEmpty();
		this.mvc.perform(get("/setup/unknown-token")).andExpect(status().isNotFound());
	}

	private FirstAdministrator runner(String email, String password) {
		TandemProperties p = this.properties;
		return new FirstAdministrator(this.accounts, this.people,
				new TandemProperties(p.baseUrl(), new TandemProperties.Admin(email, password), p.demo(), p.encryption(),
						p.mail(), p.reminders(), p.trustedProxies(), p.timeZone(), p.health(), p.requestThreads()));
	}

	private long setupLinks() {
		return this.jdbc.sql("select count(*) from one_time_link where purpose = 'SETUP'").query(Long.class).single();
	}

	private static DefaultApplicationArguments arguments() {
		return new DefaultApplicationArguments();
	}

}
