package org.tandem.person;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.shared.web.FlashMessage;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PersonFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PersonPagesTests {

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

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (String path : new String[] { "/people", "/people/search", "/people/new", "/me", "/people/import",
				"/people/" + UUID.randomUUID() }) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void directoryIsForAdministratorsAndCommitteeOnly() throws Exception {
		Cookie plain = this.more.signIn(this.fixtures.person("Page Plain"));
		this.mvc.perform(get("/people").cookie(plain)).andExpect(status().isForbidden());
		this.mvc.perform(get("/people/search").cookie(plain)).andExpect(status().isForbidden());
		this.mvc.perform(get("/people/new").cookie(plain)).andExpect(status().isForbidden());
		String email = Fixtures.uniqueEmail("sneaky");
		this.mvc.perform(post("/people").cookie(plain).with(csrf()).param("name", "Sneaky").param("email", email))
			.andExpect(status().isForbidden());
		assertThat(this.people.findByEmail(email)).isEmpty();
		Person committee = this.fixtures.person("Page Committee");
		this.more.enroll(this.more.program(), committee, "COMMITTEE");
		this.mvc.perform(get("/people").cookie(this.more.signIn(committee))).andExpect(status().isOk());
	}

	@Test
	void directorySearchesWithAndWithoutJavaScript() throws Exception {
		Cookie admin = this.more.signIn(this.fixtures.admin("Search Admin"));
		String marker = "qx" + UUID.randomUUID().toString().substring(0, 6);
		Person found = this.fixtures.person("Findable " + marker);
		Person other = this.fixtures.person("Someone Else");
		this.mvc.perform(get("/people").param("query", marker.toUpperCase()).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hx-get=\"/people/search\"")))
			.andExpect(content().string(containsString("input changed delay:300ms, search")))
			.andExpect(content().string(containsString(found.email())))
			.andExpect(content().string(not(containsString(other.email()))));
		this.mvc.perform(get("/people/search").param("query", marker).header("HX-Request", "true").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(found.email())))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(header().string("HX-Replace-Url", "/people?query=" + marker + "&page=0"));
		this.mvc.perform(get("/people").param("query", "%_\\").param("page", "x").cookie(admin))
			.andExpect(status().isOk());
	}

	@Test
	void createWithoutPasswordShowsTheAdministratorTheLinkOnceWhileNoEmailLeaves() throws Exception {
		Cookie admin = this.more.signIn(this.fixtures.admin("Create Admin"));
		String email = Fixtures.uniqueEmail("invited");
		MvcResult result = this.mvc
			.perform(post("/people").cookie(admin)
				.with(csrf())
				.param("name", "Ivy Invited")
				.param("email", email)
				.param("password", ""))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(flash().attributeCount(0))
			.andExpect(content().string(containsString("code class=\"secret\"")))
			.andExpect(content().string(containsString("/invitations/")))
			.andReturn();
		assertThat(result.getRequest().getSession(false) == null
				|| result.getRequest().getSession(false).getAttribute("invitationUrl") == null)
			.isTrue();
		Person created = this.people.findByEmail(email).orElseThrow();
		this.mvc.perform(get("/people/" + created.id()).cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/invitations/"))));
	}

	@Test
	void aCommitteeMemberCreatingSomeoneNeverSeesTheirLink() throws Exception {
		Person committee = this.fixtures.person("Creating Committee");
		this.more.enroll(this.more.program(), committee, "COMMITTEE");
		String email = Fixtures.uniqueEmail("invitee");
		MvcResult result = this.mvc
			.perform(post("/people").cookie(this.more.signIn(committee))
				.with(csrf())
				.param("name", "Ina Invitee")
				.param("email", email)
				.param("password", ""))
			.andExpect(status().isFound())
			.andExpect(flash().attribute(FlashMessage.ATTRIBUTE, containsString("emailed them an invitation")))
			.andReturn();
		assertThat(result.getFlashMap().values()).noneMatch((value) -> String.valueOf(value).contains("/invitations/"));
		assertThat(result.getResponse().getContentAsString()).doesNotContain("/invitations/");
	}

	@Test
	void createWithErrorsShowsThemAndWritesNothing() throws Exception {
		Cookie admin = this.more.signIn(this.fixtures.admin("Create Errors"));
		this.mvc
			.perform(post("/people").cookie(admin)
				.with(csrf())
				.param("name", "")
				.param("email", "broken")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("error-summary")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(not(containsString("value=\"short\""))));
		assertThat(this.people.findByEmail("broken")).isEmpty();
		Person existing = this.fixtures.person("Taken");
		this.mvc
			.perform(post("/people").cookie(admin)
				.with(csrf())
				.param("name", "Copy")
				.param("email", existing.email().toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("belongs to a person already in Tandem")));
	}

	@Test
	void personEditsTheirProfileAndSeesFormErrors() throws Exception {
		Person person = this.fixtures.person("Edit Self");
		Person boss = this.fixtures.person("Edit Boss");
		Cookie session = this.more.signIn(person);
		this.mvc.perform(get("/me").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/people/" + person.id() + "/edit")));
		this.mvc.perform(get("/people/" + person.id() + "/edit").cookie(session)).andExpect(status().isOk());
		this.mvc
			.perform(post("/people/" + person.id() + "/edit").cookie(session)
				.with(csrf())
				.param("name", "Edit Self")
				.param("email", person.email())
				.param("supervisorEmail", "nobody-" + person.email())
				.param("department", "Nowhere"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not the email of a person in Tandem")));
		this.mvc
			.perform(post("/people/" + person.id() + "/edit").cookie(session)
				.with(csrf())
				.param("name", "")
				.param("email", person.email())
				.param("pronouns", "p".repeat(61)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"#pronouns\"")))
			.andExpect(content().string(containsString("href=\"#name\"")));
		assertThat(this.people.find(person.id()).orElseThrow().department()).isNull();
		this.mvc
			.perform(post("/people/" + person.id() + "/edit").cookie(session)
				.with(csrf())
				.param("name", "Edit Self")
				.param("email", person.email())
				.param("supervisorEmail", boss.email().toUpperCase())
				.param("expertise", "maps, rare books, , maps")
				.param("department", "Special Collections"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/people/" + person.id()));
		Person saved = this.people.find(person.id()).orElseThrow();
		assertThat(saved.department()).isEqualTo("Special Collections");
		assertThat(saved.expertise()).containsExactly("maps", "rare books");
		assertThat(saved.supervisorId()).isEqualTo(boss.id());
		this.mvc.perform(get("/people/" + person.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Special Collections")))
			.andExpect(content().string(containsString("<li>rare books</li>")))
			.andExpect(content().string(containsString("Edit Boss")));
		this.mvc
			.perform(post("/people/" + person.id() + "/edit").cookie(session)
				.with(csrf())
				.param("name", "Edit Self")
				.param("email", boss.email().toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("belongs to another person in Tandem")));
		assertThat(this.people.find(person.id()).orElseThrow().email()).isEqualTo(person.email());
	}

	@Test
	void someoneElsesProfileIsNotFoundAndReadOnlyViewersMayNotEdit() throws Exception {
		Person stranger = this.fixtures.person("Page Stranger");
		Cookie nosy = this.more.signIn(this.fixtures.person("Page Nosy"));
		this.mvc.perform(get("/people/" + stranger.id()).cookie(nosy)).andExpect(status().isNotFound());
		this.mvc.perform(get("/people/" + stranger.id() + "/edit").cookie(nosy)).andExpect(status().isNotFound());
		this.mvc.perform(get("/people/not-an-id").cookie(nosy)).andExpect(status().isNotFound());
		this.mvc.perform(get("/people/not-an-id/edit").cookie(nosy)).andExpect(status().isNotFound());
		this.mvc.perform(post("/people/not-an-id/disable").cookie(nosy).with(csrf())).andExpect(status().isNotFound());
		Person committee = this.fixtures.person("Page Reader");
		this.more.enroll(this.more.program(), committee, "COMMITTEE");
		Cookie reader = this.more.signIn(committee);
		this.mvc.perform(get("/people/" + stranger.id()).cookie(reader)).andExpect(status().isOk());
		this.mvc.perform(get("/people/" + stranger.id() + "/edit").cookie(reader)).andExpect(status().isForbidden());
		this.mvc.perform(post("/people/" + stranger.id() + "/disable").cookie(reader).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.people.find(stranger.id()).orElseThrow().disabled()).isFalse();
	}

	@Test
	void disablingEndsTheSessionsOfThePersonAndEnablingLetsThemBackIn() throws Exception {
		Person target = this.fixtures.person("Soon Disabled");
		Cookie theirs = this.more.signIn(target);
		this.mvc.perform(get("/me").cookie(theirs)).andExpect(status().isOk());
		Cookie admin = this.more.signIn(this.fixtures.admin("Disabling Admin"));
		this.mvc.perform(post("/people/" + target.id() + "/disable").cookie(admin).with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.people.find(target.id()).orElseThrow().disabled()).isTrue();
		this.mvc.perform(get("/me").cookie(theirs)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/people/" + target.id()).cookie(admin))
			.andExpect(content().string(containsString("/people/" + target.id() + "/enable")));
		this.mvc.perform(post("/people/" + target.id() + "/enable").cookie(admin).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/me").cookie(this.more.signIn(target))).andExpect(status().isOk());
	}

	@Test
	void administratorsCannotDisableThemselves() throws Exception {
		Person admin = this.fixtures.admin("Self Disabler");
		Cookie session = this.more.signIn(admin);
		this.mvc.perform(post("/people/" + admin.id() + "/disable").cookie(session).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.people.find(admin.id()).orElseThrow().disabled()).isFalse();
	}

}
