package org.tandem.home;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.notification.Notifications;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The top bar shows the work (Home, My pairings, Programs, People for those who manage,
 * Notifications, Settings); everything about the person is under Settings, whose pages
 * keep their addresses and say they are under Settings.
 */
@IntegrationTest
class SettingsPageTests {

	private static final Pattern MAIN_NAV = Pattern.compile("<nav aria-label=\"Main\">(.*?)</nav>", Pattern.DOTALL);

	private static final Pattern LINK = Pattern.compile("<a href=\"([^\"]+)\"( aria-current=\"page\")?>");

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	PlatformTransactionManager transactions;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
	}

	@Test
	void theBarShowsTheWorkAndPeopleOnlyToThoseWhoManage() throws Exception {
		assertThat(links(page(this.world.mentee, "/"))).containsExactly("/", "/pairings", "/programs", "/notifications",
				"/settings");
		assertThat(links(page(this.world.committee, "/"))).containsExactly("/", "/pairings", "/programs", "/people",
				"/notifications", "/settings");
		assertThat(links(page(this.world.admin, "/"))).containsExactly("/", "/pairings", "/programs", "/people",
				"/notifications", "/settings");
	}

	@Test
	void theBarStillCountsUnreadNotifications() throws Exception {
		new TransactionTemplate(this.transactions).executeWithoutResult(
				(status) -> this.notifications.notify(this.world.mentee.id().value(), "Something happened", null));
		// the pairing's start tells the mentee too, asynchronously: compare once the
		// count is settled
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			long unread = this.notifications.unreadCount(this.world.mentee.id().value());
			assertThat(unread).isPositive();
			assertThat(nav(page(this.world.mentee, "/"))).contains("Notifications <span class=\"badge\">" + unread
					+ "<span class=\"visually-hidden\"> unread</span></span>");
		});
	}

	@Test
	void settingsLinksToEverythingAboutThePersonAndTheOutboxOnlyForAdministrators() throws Exception {
		String mentee = main(page(this.world.mentee, "/settings"));
		List<String> own = List.of("/me", "/people/" + this.world.mentee.id() + "/edit", "/me/absences",
				"/settings/email", "/settings/calendar", "/settings/tokens", "/settings/password");
		assertThat(hrefs(mentee)).containsAll(own).doesNotContain("/admin/outbox");
		assertThat(mentee).contains("<h1>Settings</h1>").contains("your time zone (now UTC)");
		String admin = main(page(this.world.admin, "/settings"));
		assertThat(hrefs(admin)).contains("/admin/outbox", "/settings/email", "/me");
	}

	@Test
	void settingsIsCurrentOnEverySettingsPageWhichSaysWhereItIs() throws Exception {
		List<String> pages = List.of("/settings", "/me", "/people/" + this.world.mentee.id() + "/edit",
				"/people/" + this.world.mentee.id(), "/me/absences", "/settings/email", "/settings/calendar",
				"/settings/tokens", "/settings/password");
		for (String path : pages) {
			String html = page(this.world.mentee, path);
			assertThat(current(html)).as(path).containsExactly("/settings");
			if (!path.equals("/settings")) {
				assertThat(main(html)).as(path)
					.contains("<nav aria-label=\"Breadcrumb\" class=\"breadcrumb\">")
					.contains("<li><a href=\"/settings\">Settings</a></li>");
			}
		}
		String outbox = page(this.world.admin, "/admin/outbox");
		assertThat(current(outbox)).containsExactly("/settings");
		assertThat(main(outbox)).contains("<li><a href=\"/settings\">Settings</a></li>");
	}

	@Test
	void theWorkPagesAreCurrentThemselves() throws Exception {
		assertThat(current(page(this.world.mentee, "/"))).containsExactly("/");
		assertThat(current(page(this.world.mentee, "/pairings"))).containsExactly("/pairings");
		assertThat(current(page(this.world.mentee, "/programs"))).containsExactly("/programs");
		assertThat(current(page(this.world.mentee, "/notifications"))).containsExactly("/notifications");
		assertThat(current(page(this.world.committee, "/people"))).containsExactly("/people");
		String someoneElse = page(this.world.committee, "/people/" + this.world.mentee.id());
		assertThat(current(someoneElse)).as("another person's profile is People's").containsExactly("/people");
		assertThat(main(someoneElse)).doesNotContain("aria-label=\"Breadcrumb\"");
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/settings")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	private String page(Person person, String path) throws Exception {
		Cookie session = this.world.signIn(person);
		return this.mvc.perform(get(path).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String nav(String html) {
		Matcher nav = MAIN_NAV.matcher(html);
		assertThat(nav.find()).as("a main navigation").isTrue();
		return nav.group(1);
	}

	private static String main(String html) {
		return html.substring(html.indexOf("<main"));
	}

	private static List<String> links(String html) {
		return hrefs(nav(html));
	}

	private static List<String> hrefs(String html) {
		List<String> hrefs = new ArrayList<>();
		Matcher link = LINK.matcher(html);
		while (link.find()) {
			hrefs.add(link.group(1));
		}
		return hrefs;
	}

	private static List<String> current(String html) {
		List<String> current = new ArrayList<>();
		Matcher link = LINK.matcher(nav(html));
		while (link.find()) {
			if (link.group(2) != null) {
				current.add(link.group(1));
			}
		}
		return current;
	}

}
