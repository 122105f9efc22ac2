package org.tandem.person;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PersonFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PeopleImportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	People people;

	@Autowired
	JdbcClient jdbc;

	PersonFixtures more;

	@BeforeEach
	void setUp() {
		this.more = new PersonFixtures(this.jdbc, this.mvc);
	}

	private MvcResult upload(Cookie session, String csv) throws Exception {
		return upload(session, csv.getBytes(StandardCharsets.UTF_8));
	}

	private MvcResult upload(Cookie session, byte[] bytes) throws Exception {
		return this.mvc
			.perform(multipart("/people/import").file(new MockMultipartFile("file", "people.csv", "text/csv", bytes))
				.cookie(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn();
	}

	private static String token(MvcResult preview) throws Exception {
		String html = preview.getResponse().getContentAsString();
		String token = html.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
		assertThat(token).isNotEqualTo(html);
		return token;
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void previewWithErrorsListsEveryRowAndWritesNothing() throws Exception {
		Cookie admin = this.more.signIn(this.fixtures.admin("Import Admin"));
		Person existing = this.fixtures.person("Import Existing");
		String t = tag();
		String fresh = "fresh-" + t + "@example.org";
		MvcResult preview = upload(admin,
				"email,name,supervisor_email\n" + fresh + ",Fresh " + t + ",\n" + existing.email().toUpperCase()
						+ ",Again,\n" + "bad-" + t + ",Bad,\n" + "sup-" + t + "@example.org,Sup,ghost-" + t
						+ "@example.org\n");
		String html = preview.getResponse().getContentAsString();
		assertThat(html).contains("Fresh " + t, "already in Tandem", "not a valid email", "matches no one",
				"3 of 4 rows have problems");
		assertThat(html).doesNotContain("/people/import/confirm");
		assertThat(this.people.findByEmail(fresh)).isEmpty();
	}

	@Test
	void confirmingACleanFileWritesAllRowsWithSupervisorsAndInvitations() throws Exception {
		Person boss = this.fixtures.person("Import Boss");
		Person committee = this.fixtures.person("Import Committee");
		this.more.enroll(this.more.program(), committee, "COMMITTEE");
		Cookie session = this.more.signIn(committee);
		String t = tag();
		String a = "a-" + t + "@example.org";
		String b = "b-" + t + "@example.org";
		String csv = "\uFEFFemail;name;department;supervisor_email;languages\r\n" + a + ";=1+2;Maps;" + b
				+ ";\"English; French\"\r\n" + b + ";Bea " + t + ";Maps;" + boss.email().toUpperCase() + ";\r\n";
		MvcResult preview = upload(session, csv);
		assertThat(this.people.findByEmail(a)).isEmpty();
		this.mvc.perform(post("/people/import/confirm").param("token", token(preview)).cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 people imported")))
			.andExpect(content().string(containsString("Tandem emailed each person an invitation")))
			.andExpect(content().string(not(containsString("/invitations/"))));
		Person first = this.people.findByEmail(a).orElseThrow();
		Person second = this.people.findByEmail(b).orElseThrow();
		assertThat(first.name()).isEqualTo("=1+2");
		assertThat(first.languages()).containsExactly("English", "French");
		assertThat(first.supervisorId()).isEqualTo(second.id());
		assertThat(second.supervisorId()).isEqualTo(boss.id());
		this.mvc.perform(post("/people/import/confirm").param("token", token(preview)).cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("preview has expired")));
	}

	@Test
	void confirmChecksTheFileAgain() throws Exception {
		Cookie admin = this.more.signIn(this.fixtures.admin("Recheck Admin"));
		String t = tag();
		String late = "late-" + t + "@example.org";
		String other = "other-" + t + "@example.org";
		MvcResult preview = upload(admin, "email,name\n" + late + ",Late\n" + other + ",Other\n");
		assertThat(preview.getResponse().getContentAsString()).contains("/people/import/confirm");
		this.people.create(late, "Added meanwhile");
		this.mvc.perform(post("/people/import/confirm").param("token", token(preview)).cookie(admin).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("already in Tandem")))
			.andExpect(content().string(not(containsString("people imported"))));
		assertThat(this.people.findByEmail(other)).isEmpty();
	}

	@Test
	void aForgedOrMissingTokenImportsNothing() throws Exception {
		Cookie admin = this.more.signIn(this.fixtures.admin("Token Admin"));
		String email = "tok-" + tag() + "@example.org";
		upload(admin, "email,name\n" + email + ",Tok\n");
		this.mvc.perform(post("/people/import/confirm").param("token", "forged").cookie(admin).with(csrf()))
			.andExpect(content().string(containsString("preview has expired")));
		assertThat(this.people.findByEmail(email)).isEmpty();
	}

	@Test
	void fileThatIsNotUtf8OrEmptyIsRefusedWithAFormError() throws Exception {
		Cookie admin = this.more.signIn(this.fixtures.admin("Latin Admin"));
		byte[] latin1 = "email,name\nz@example.org,Zo\u00eb\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(upload(admin, latin1).getResponse().getContentAsString()).contains("is not UTF-8");
		assertThat(upload(admin, new byte[0]).getResponse().getContentAsString()).contains("Choose a CSV file");
	}

	@Test
	void importIsForAdministratorsAndCommitteeOnly() throws Exception {
		Cookie plain = this.more.signIn(this.fixtures.person("Import Plain"));
		this.mvc.perform(get("/people/import").cookie(plain)).andExpect(status().isForbidden());
		String email = "plain-" + tag() + "@example.org";
		this.mvc
			.perform(
					multipart("/people/import")
						.file(new MockMultipartFile("file", "p.csv", "text/csv",
								("email,name\n" + email + ",P\n").getBytes(StandardCharsets.UTF_8)))
						.cookie(plain)
						.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/people/import/confirm").param("token", "x").cookie(plain).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/people/import")).andExpect(status().isFound());
		assertThat(this.people.findByEmail(email)).isEmpty();
	}

}
