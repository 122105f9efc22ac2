package org.tandem.account;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.convert.ConversionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A page request that changes nothing in its session does not write the session back; one
 * that changes it saves it at once; signing out and disabling still end it.
 */
@IntegrationTest
class SessionStoreTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcIndexedSessionRepository sessions;

	@Test
	void anUnchangedSessionIsNotWrittenBack() throws Exception {
		Person person = this.fixtures.person("Una Changed");
		Cookie session = Browser.signIn(this.mvc, person);
		page(session);
		Row before = row(person);
		String attributes = attributeVersions(person);

		page(session);
		page(session);

		Row after = row(person);
		assertThat(after.version()).as("the session row is the same tuple, not an updated one")
			.isEqualTo(before.version());
		assertThat(after.lastAccess()).isEqualTo(before.lastAccess());
		assertThat(attributeVersions(person)).isEqualTo(attributes).contains("SPRING_SECURITY_CONTEXT");
	}

	@Test
	void aPageReadsItsSessionOnceAndWritesNothing() throws Exception {
		Person person = this.fixtures.person("Una Read");
		Cookie session = Browser.signIn(this.mvc, person);
		page(session);

		QueryCounter.Counted<String> counted = QueryCounter.count(() -> page(session));

		assertThat(counted.result()).contains("<h1");
		assertThat(counted.sql()).filteredOn((sql) -> sql.toLowerCase(Locale.ROOT).contains("spring_session"))
			.as("statements on the session store: the filter's second look-up after saving is answered from memory")
			.hasSize(1)
			.allMatch((sql) -> sql.startsWith("SELECT"));
	}

	@Test
	void theStoreReadsAStoredSecurityContextOnceAndHandsOutCopies() throws Exception {
		Person person = this.fixtures.person("Una Copied");
		Cookie session = Browser.signIn(this.mvc, person);
		page(session);
		byte[] stored = this.jdbc.sql("""
				select a.attribute_bytes from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id
				where s.principal_name = :person and a.attribute_name = 'SPRING_SECURITY_CONTEXT'
				""").param("person", person.id().value().toString()).query(byte[].class).single();
		ConversionService attributes = (ConversionService) ReflectionTestUtils.getField(this.sessions,
				"conversionService");

		SecurityContext first = (SecurityContext) attributes.convert(stored, Object.class);
		SecurityContext second = (SecurityContext) attributes.convert(stored, Object.class);

		assertThat(first).isNotSameAs(second);
		assertThat(first.getAuthentication()).as("read once, shared by the copies")
			.isSameAs(second.getAuthentication());
		assertThat(((TandemPrincipal) second.getAuthentication().getPrincipal()).personId())
			.isEqualTo(person.id().value());
	}

	@Test
	void aLastAccessOlderThanTheIntervalIsMoved() throws Exception {
		Person person = this.fixtures.person("Ola Access");
		Cookie session = Browser.signIn(this.mvc, person);
		page(session);
		long old = System.currentTimeMillis() - LazyTouchSessions.TOUCH_INTERVAL.toMillis() - 5_000;
		this.jdbc.sql("update spring_session set last_access_time = :old where principal_name = :person")
			.param("old", old)
			.param("person", person.id().value().toString())
			.update();

		page(session);

		assertThat(row(person).lastAccess()).isGreaterThan(old + 4_000);
	}

	@Test
	void aChangedSessionIsSavedAtOnce() throws Exception {
		Person person = this.fixtures.person("Cha Nged");
		Cookie session = Browser.signIn(this.mvc, person);
		assertThat(row(person).lastAccess()).as("sign-in saved the session with its principal").isPositive();
		assertThat(attributeVersions(person)).doesNotContain("CSRF_TOKEN");

		// the first page makes the CSRF token and keeps it in the session, though the
		// last access is fresh; a form of that page is accepted after another page
		String token = csrfToken(page(session));
		assertThat(attributeVersions(person)).contains("CSRF_TOKEN");
		page(session);
		this.mvc.perform(post("/logout").cookie(session).param("_csrf", token))
			.andExpect(redirectedUrl("/login?signedOut"));
	}

	@Test
	void signingOutStillEndsTheSession() throws Exception {
		Person person = this.fixtures.person("Sig Nout");
		Cookie session = Browser.signIn(this.mvc, person);
		page(session);
		this.mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(sessionsOf(person)).isZero();
	}

	@Test
	void disablingStillEndsTheSession() throws Exception {
		Person person = this.fixtures.person("Dis Abled");
		Cookie session = Browser.signIn(this.mvc, person);
		page(session);
		this.fixtures.disable(person);
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
		assertThat(sessionsOf(person)).isZero();
	}

	private String page(Cookie session) throws Exception {
		return this.mvc.perform(get("/settings").cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	private Row row(Person person) {
		return this.jdbc.sql("""
				select xmin::text as version, last_access_time from spring_session where principal_name = :person
				""")
			.param("person", person.id().value().toString())
			.query((rs, n) -> new Row(rs.getString("version"), rs.getLong("last_access_time")))
			.single();
	}

	private String attributeVersions(Person person) {
		return this.jdbc.sql("""
				select coalesce(string_agg(a.attribute_name || ':' || a.xmin::text, ',' order by a.attribute_name), '')
				from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
				where s.principal_name = :person
				""").param("person", person.id().value().toString()).query(String.class).single();
	}

	private long sessionsOf(Person person) {
		return this.jdbc.sql("select count(*) from spring_session where principal_name = :person")
			.param("person", person.id().value().toString())
			.query(Long.class)
			.single();
	}

	private record Row(String version, long lastAccess) {
	}

}
