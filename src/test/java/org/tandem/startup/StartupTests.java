package org.tandem.startup;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.account.Accounts;
import org.tandem.person.People;
import org.tandem.person.Person;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tandem as an operator starts it: on an empty data directory, again on the same one, and
 * with the first administrator from the environment or from the printed link. Each start
 * costs seconds, so each test covers one whole story.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupTests {

	private static final Pattern SETUP_LINK = Pattern.compile("/setup/([A-Za-z0-9_-]{43})");

	private static final String ADMIN_PASSWORD = "the first admin passphrase";

	@Test
	void dataSurvivesARestartAndTheConfiguredAdministratorIsCreatedOnce(@TempDir Path dataDir) throws Exception {
		String adminEmail = "admin-" + UUID.randomUUID() + "@example.org";
		String personEmail = "kept-" + UUID.randomUUID() + "@example.org";
		try (RunningTandem tandem = RunningTandem.start(dataDir, "--tandem.admin.email=" + adminEmail,
				"--tandem.admin.password=" + ADMIN_PASSWORD)) {
			Person admin = tandem.bean(People.class).findByEmail(adminEmail).orElseThrow();
			assertThat(tandem.bean(Accounts.class).isAdmin(admin.id().value())).isTrue();
			assertThat(tandem.canSignIn(adminEmail, ADMIN_PASSWORD)).isTrue();
			tandem.bean(People.class).create(personEmail, "Kept Across Restarts");
		}
		try (RunningTandem tandem = RunningTandem.start(dataDir, "--tandem.admin.email=" + adminEmail,
				"--tandem.admin.password=another admin passphrase")) {
			assertThat(tandem.bean(People.class).findByEmail(personEmail))
				.hasValueSatisfying((person) -> assertThat(person.name()).isEqualTo("Kept Across Restarts"));
			assertThat(tandem.canSignIn(adminEmail, ADMIN_PASSWORD)).as("the first password is kept").isTrue();
			assertThat(tandem.canSignIn(adminEmail, "another admin passphrase")).isFalse();
			assertThat(tandem.get("/actuator/health").body()).contains("UP");
			// the connections bounded, since each holds SocketWrites' larger write buffer
			assertThat(((AbstractProtocol<?>) tandem.connector().getProtocolHandler()).getMaxConnections())
				.isEqualTo(1000);
			assertThat(tandem.connector().getProperty("socket.appWriteBufSize")).hasToString("65536");
		}
	}

	@Test
	void withoutConfigurationThePrintedLinkCreatesTheAdministratorOnce(@TempDir Path dataDir, CapturedOutput output)
			throws Exception {
		try (RunningTandem tandem = RunningTandem.start(dataDir)) {
			Matcher link = SETUP_LINK.matcher(output.getOut());
			assertThat(link.find()).as("a setup link is printed").isTrue();
			String path = "/setup/" + link.group(1);
			Accounts accounts = tandem.bean(Accounts.class);
			People people = tandem.bean(People.class);
			String email = "first-" + UUID.randomUUID() + "@example.org";

			String page = tandem.get(path).body();
			assertThat(page).contains("Create the administrator");
			var mismatch = tandem.postForm(path, page, form(email, ADMIN_PASSWORD, "not the same passphrase"));
			assertThat(mismatch.statusCode()).isEqualTo(200);
			assertThat(mismatch.body()).contains("must be the same as the password");
			var tooShort = tandem.postForm(path, page, form(email, "short", "short"));
			assertThat(tooShort.statusCode()).isEqualTo(200);
			assertThat(tooShort.body()).contains("must be between 12 and 128 characters long");
			assertThat(accounts.anyAccountExists()).isFalse();
			assertThat(people.findByEmail(email)).isEmpty();

			var created = tandem.postForm(path, page, form(email, ADMIN_PASSWORD, ADMIN_PASSWORD));
			assertThat(created.statusCode()).isEqualTo(302);
			assertThat(created.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?setup"));
			Person admin = people.findByEmail(email).orElseThrow();
			assertThat(accounts.isAdmin(admin.id().value())).isTrue();

			String login = tandem.get("/login?setup").body();
			assertThat(login).contains("The administrator account is ready");
			var signIn = tandem.postForm("/login", login, Map.of("email", email, "password", ADMIN_PASSWORD));
			assertThat(signIn.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
			assertThat(tandem.get("/").body()).contains("Administrator");

			assertThat(tandem.get(path).statusCode()).as("the used link").isEqualTo(404);
			String signedInPage = tandem.get("/").body();
			assertThat(tandem.postForm(path, signedInPage, form("second-" + email, ADMIN_PASSWORD, ADMIN_PASSWORD))
				.statusCode()).isEqualTo(404);
			String fresh = accounts.issueSetupLink();
			assertThat(tandem.get(fresh.substring(fresh.indexOf("/setup/"))).statusCode())
				.as("a new link once an account exists")
				.isEqualTo(404);
			assertThat(tandem.get("/setup/" + "x".repeat(43)).statusCode()).isEqualTo(404);
		}
	}

	private static Map<String, String> form(String email, String password, String repeated) {
		return Map.of("name", "First Admin", "email", email, "password", password, "passwordRepeated", repeated);
	}

}
