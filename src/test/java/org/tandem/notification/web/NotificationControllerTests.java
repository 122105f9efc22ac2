package org.tandem.notification.web;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.notification.Notifications;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PersonFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

@IntegrationTest
class NotificationControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	PersonFixtures more;

	@BeforeEach
	void setUp() {
		this.more = new PersonFixtures(this.jdbc, this.mvc);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/notifications")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/notifications/read").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void aPersonSeesOnlyTheirOwnNotificationsNewestFirst() throws Exception {
		Person ada = this.fixtures.person("Page Ada");
		Person bob = this.fixtures.person("Page Bob");
		String older = "Older " + UUID.randomUUID();
		String newer = "Newer " + UUID.randomUUID();
		String bobs = "For Bob " + UUID.randomUUID();
		notify(ada, older, "/pairings");
		notify(ada, newer, null);
		notify(bob, bobs, null);
		String page = this.mvc.perform(get("/notifications").cookie(this.more.signIn(ada)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<a href=\"/pairings\">" + older + "</a>")))
			.andExpect(content().string(containsString("You have 2 unread notifications")))
			.andExpect(content().string(not(containsString(bobs))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf(newer)).isLessThan(page.indexOf(older));
	}

	@Test
	void markAllReadMarksOnlyTheCallersNotifications() throws Exception {
		Person ada = this.fixtures.person("Read Ada");
		Person bob = this.fixtures.person("Read Bob");
		notify(ada, "One", null);
		notify(ada, "Two", null);
		notify(bob, "Bob's", null);
		Cookie session = this.more.signIn(ada);
		this.mvc.perform(post("/notifications/read").cookie(session).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/notifications"))
			.andExpect(flash().attribute("flash", "All notifications are marked read."));
		assertThat(this.notifications.unreadCount(ada.id().value())).isZero();
		assertThat(this.notifications.unreadCount(bob.id().value())).isEqualTo(1);
		this.mvc.perform(get("/notifications").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("One")))
			.andExpect(content().string(not(containsString("Mark all read"))));
	}

	@Test
	void markAllReadWithoutTheCsrfTokenIsRefused() throws Exception {
		Person ada = this.fixtures.person("Csrf Ada");
		notify(ada, "Unread", null);
		this.mvc.perform(post("/notifications/read").cookie(this.more.signIn(ada))).andExpect(status().isForbidden());
		assertThat(this.notifications.unreadCount(ada.id().value())).isEqualTo(1);
	}

	@Test
	void pagesAreBoundedAndOddPageNumbersAreTheFirstPage() throws Exception {
		Person ada = this.fixtures.person("Paged Ada");
		for (int i = 0; i < NotificationController.PAGE_SIZE + 1; i++) {
			notify(ada, "Paged " + i, null);
		}
		Cookie session = this.more.signIn(ada);
		this.mvc.perform(get("/notifications").cookie(session))
			.andExpect(content().string(containsString("Paged 50")))
			.andExpect(content().string(not(containsString("Paged 0<"))))
			.andExpect(content().string(containsString("href=\"/notifications?page=1\"")));
		this.mvc.perform(get("/notifications").param("page", "1").cookie(session))
			.andExpect(content().string(containsString("Paged 0<")))
			.andExpect(content().string(containsString("href=\"/notifications?page=0\"")));
		for (String odd : new String[] { "-1", "abc", "99999999999" }) {
			this.mvc.perform(get("/notifications").param("page", odd).cookie(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Paged 50")));
		}
	}

	@Test
	void withoutNotificationsThePageSaysSo() throws Exception {
		this.mvc.perform(get("/notifications").cookie(this.more.signIn(this.fixtures.person("Quiet Ada"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have no notifications.")));
	}

	private void notify(Person person, String text, String link) {
		new TransactionTemplate(this.transactions)
			.executeWithoutResult((status) -> this.notifications.notify(person.id().value(), text, link));
	}

}
