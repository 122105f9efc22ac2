package org.tandem.notification.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.notification.Outbox;
import org.tandem.notification.OutgoingMessage;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PersonFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OutboxControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Outbox outbox;

	@Autowired
	ApplicationContext context;

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
	void anAdministratorReadsThePendingMessagesAndTheirText() throws Exception {
		String key = UUID.randomUUID().toString();
		OutgoingMessage message = OutgoingMessage.text("test:" + key, "outbox-" + key.substring(0, 8) + "@example.org",
				"Subject " + key.substring(0, 8), "Hello,\n\nthis is message " + key + ".\n");
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.outbox.enqueue(message));
		UUID id = this.jdbc.sql("select id from outbox_message where message_key = :key")
			.param("key", message.key())
			.query(UUID.class)
			.single();
		Cookie admin = this.more.signIn(this.fixtures.admin("Outbox Admin"));
		this.mvc.perform(get("/admin/outbox").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No SMTP server is configured")))
			.andExpect(content().string(containsString(message.recipient())))
			.andExpect(content().string(containsString("href=\"/admin/outbox/" + id + "\">" + message.subject())))
			.andExpect(content().string(containsString("PENDING")));
		this.mvc.perform(get("/admin/outbox/" + id).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("this is message " + message.key().substring(5))))
			.andExpect(content().string(containsString("&lt;" + id + "@tandem&gt;")))
			.andExpect(content().string(containsString(message.recipient())));
	}

	@Test
	void othersCannotReadTheOutbox() throws Exception {
		String path = "/admin/outbox/" + UUID.randomUUID();
		Cookie plain = this.more.signIn(this.fixtures.person("Outbox Plain"));
		this.mvc.perform(get("/admin/outbox").cookie(plain)).andExpect(status().isForbidden());
		this.mvc.perform(get(path).cookie(plain)).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/outbox")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void unknownOrMalformedIdsAreNotFoundAndOddPagesAreTheFirst() throws Exception {
		Cookie admin = this.more.signIn(this.fixtures.admin("Outbox Lost"));
		this.mvc.perform(get("/admin/outbox/" + UUID.randomUUID()).cookie(admin)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/outbox/not-a-uuid").cookie(admin)).andExpect(status().isNotFound());
		for (String page : new String[] { "-1", "abc", "99999999999", "100000" }) {
			this.mvc.perform(get("/admin/outbox").param("page", page).cookie(admin)).andExpect(status().isOk());
		}
	}

	@Test
	void theControllerItselfRefusesAnyoneButAnAdministrator() {
		OutboxController controller = this.context.getBean(OutboxController.class);
		try {
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("someone", null,
						List.of(new SimpleGrantedAuthority("ROLE_USER"))));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> controller.list("0", new ExtendedModelMap()));
			SecurityContextHolder.getContext()
				.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
						List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
			assertThat(controller.list("0", new ExtendedModelMap())).isEqualTo("notification/outbox");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
