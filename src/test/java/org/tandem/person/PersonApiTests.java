package org.tandem.person;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PersonFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PersonApiTests {

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

	private ResultActions postJson(String token, String path, String json) throws Exception {
		return this.mvc.perform(post(path).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.replace('\'', '"')));
	}

	private ResultActions patchJson(String token, String path, String json) throws Exception {
		return this.mvc.perform(patch(path).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.replace('\'', '"')));
	}

	private ResultActions getJson(String token, String path) throws Exception {
		return this.mvc.perform(get(path).header("Authorization", token));
	}

	@Test
	void adminCreatesAPersonWithAnInvitation() throws Exception {
		String admin = this.more.token(this.fixtures.admin("Api Admin"));
		String email = Fixtures.uniqueEmail("New.Person");
		postJson(admin, "/api/v1/people", "{'email':'" + email + "','name':' Nia New '}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.email").value(email.toLowerCase()))
			.andExpect(jsonPath("$.name").value("Nia New"))
			.andExpect(jsonPath("$.disabled").value(false))
			.andExpect(jsonPath("$.expertise").isArray())
			.andExpect(jsonPath("$.invitationUrl").value(startsWith("http")));
		assertThat(this.people.findByEmail(email)).isPresent();
	}

	@Test
	void aCommitteeMemberIsNeverHandedTheLinkWhichIsEmailedToTheInvitee() throws Exception {
		Person committee = this.fixtures.person("Inviting Committee");
		this.more.enroll(this.more.program(), committee, "COMMITTEE");
		String email = Fixtures.uniqueEmail("emailed.invitee");
		String body = postJson(this.more.token(committee), "/api/v1/people",
				"{'email':'" + email + "','name':'Emma Emailed'}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.invitationUrl").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("/invitations/");
		String letter = this.jdbc
			.sql("select body_text from outbox_message where recipient = :to and message_key like 'invitation:%'")
			.param("to", email.toLowerCase())
			.query(String.class)
			.single();
		assertThat(letter).contains("Emma Emailed").contains("/invitations/");
	}

	@Test
	void committeeMemberCreatesAPersonWithAPasswordWhoCanThenSignIn() throws Exception {
		Person committee = this.fixtures.person("Api Committee");
		this.more.enroll(this.more.program(), committee, "COMMITTEE");
		String email = Fixtures.uniqueEmail("pw");
		postJson(this.more.token(committee), "/api/v1/people",
				"{'email':'" + email + "','name':'Pat Word','password':'" + Fixtures.PASSWORD + "'}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.invitationUrl").doesNotExist());
		Person created = this.people.findByEmail(email).orElseThrow();
		assertThat(this.more.token(created)).startsWith("Bearer ");
	}

	@Test
	void creatingIsForbiddenToPeopleWithoutRole() throws Exception {
		String plain = this.more.token(this.fixtures.person("Api Plain"));
		String email = Fixtures.uniqueEmail("forbidden");
		postJson(plain, "/api/v1/people", "{'email':'" + email + "','name':'X'}").andExpect(status().isForbidden());
		assertThat(this.people.findByEmail(email)).isEmpty();
	}

	@Test
	void anonymousCallsAreUnauthorized() throws Exception {
		this.mvc
			.perform(post("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"a@b.org\",\"name\":\"A\"}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/people")).andExpect(status().isUnauthorized());
	}

	@Test
	void invalidInputIsRejectedAndNothingIsWritten() throws Exception {
		String admin = this.more.token(this.fixtures.admin("Api Validator"));
		postJson(admin, "/api/v1/people", "{'email':'not-an-email','name':''}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")));
		String email = Fixtures.uniqueEmail("shortpw");
		postJson(admin, "/api/v1/people", "{'email':'" + email + "','name':'Short','password':'short'}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		assertThat(this.people.findByEmail(email)).isEmpty();
		postJson(admin, "/api/v1/people", "{'email':'" + email + "','name':'" + "n".repeat(201) + "'}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		postJson(admin, "/api/v1/people", "{'email':'" + email + "','name':'X','role':'ADMIN'}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("role"));
		assertThat(this.people.findByEmail(email)).isEmpty();
	}

	@Test
	void duplicateEmailInAnotherCaseIsAConflict() throws Exception {
		String admin = this.more.token(this.fixtures.admin("Api Dup"));
		Person existing = this.fixtures.person("Dup Existing");
		postJson(admin, "/api/v1/people", "{'email':'" + existing.email().toUpperCase() + "','name':'Dup'}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		Person other = this.fixtures.person("Dup Other");
		patchJson(admin, "/api/v1/people/" + other.id(), "{'email':'" + existing.email().toUpperCase() + "'}")
			.andExpect(status().isConflict());
	}

	@Test
	void personReadsAndPatchesThemself() throws Exception {
		Person person = this.fixtures.person("Self Patcher");
		String token = this.more.token(person);
		patchJson(token, "/api/v1/people/" + person.id(),
				"{'department':'Archives','expertise':['cataloguing',' rare books '],'pronouns':'she/her'}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.department").value("Archives"))
			.andExpect(jsonPath("$.expertise[1]").value("rare books"))
			.andExpect(jsonPath("$.name").value("Self Patcher"));
		patchJson(token, "/api/v1/people/" + person.id(), "{'pronouns':null}").andExpect(status().isOk())
			.andExpect(jsonPath("$.pronouns").doesNotExist())
			.andExpect(jsonPath("$.department").value("Archives"));
		getJson(token, "/api/v1/people/" + person.id()).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(person.id().toString()))
			.andExpect(jsonPath("$.expertise[0]").value("cataloguing"));
	}

	@Test
	void patchRejectsBadValues() throws Exception {
		Person person = this.fixtures.person("Bad Patcher");
		String token = this.more.token(person);
		String path = "/api/v1/people/" + person.id();
		patchJson(token, path, "{'email':'nope'}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		patchJson(token, path, "{'admin':true}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("admin"));
		patchJson(token, path, "{'title':'" + "t".repeat(201) + "'}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		patchJson(token, path, "{'name':null}").andExpect(status().isBadRequest());
		patchJson(token, path, "{'expertise':'not a list'}").andExpect(status().isBadRequest());
		patchJson(token, path, "{'languages':['" + "l".repeat(101) + "']}").andExpect(status().isBadRequest());
		patchJson(token, path, "{'supervisorId':'" + UUID.randomUUID() + "'}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("supervisorId"));
		patchJson(token, path, "{'supervisorId':'" + person.id() + "'}").andExpect(status().isBadRequest());
		patchJson(token, path, "[1]").andExpect(status().isBadRequest());
		assertThat(this.people.find(person.id()).orElseThrow().title()).isNull();
	}

	@Test
	void supervisorsCannotFormACycle() throws Exception {
		String admin = this.more.token(this.fixtures.admin("Cycle Admin"));
		Person a = this.fixtures.person("Cycle A");
		Person b = this.fixtures.person("Cycle B");
		Person c = this.fixtures.person("Cycle C");
		patchJson(admin, "/api/v1/people/" + b.id(), "{'supervisorId':'" + a.id() + "'}").andExpect(status().isOk())
			.andExpect(jsonPath("$.supervisorId").value(a.id().toString()));
		patchJson(admin, "/api/v1/people/" + c.id(), "{'supervisorId':'" + b.id() + "'}").andExpect(status().isOk());
		patchJson(admin, "/api/v1/people/" + a.id(), "{'supervisorId':'" + c.id() + "'}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("supervisorId"));
		assertThat(this.people.find(a.id()).orElseThrow().supervisorId()).isNull();
	}

	@Test
	void someoneElsesPersonIsNotFound() throws Exception {
		Person stranger = this.fixtures.person("Stranger");
		String token = this.more.token(this.fixtures.person("Nosy"));
		getJson(token, "/api/v1/people/" + stranger.id()).andExpect(status().isNotFound());
		patchJson(token, "/api/v1/people/" + stranger.id(), "{'title':'x'}").andExpect(status().isNotFound());
		getJson(token, "/api/v1/people/" + UUID.randomUUID()).andExpect(status().isNotFound());
		getJson(token, "/api/v1/people/not-an-id").andExpect(status().isNotFound());
		patchJson(token, "/api/v1/people/not-an-id", "{'title':'x'}").andExpect(status().isNotFound());
	}

	@Test
	void committeeReadsItsProgramsPeopleAndCardsOfUnenrolledPeopleButChangesNobody() throws Exception {
		UUID program = this.more.program();
		Person committee = this.fixtures.person("Reading Committee");
		this.more.enroll(program, committee, "COMMITTEE");
		Person mentee = this.fixtures.person("Their Mentee");
		this.more.enroll(program, mentee, "MENTEE");
		Person unenrolled = this.fixtures.person("Unenrolled");
		this.people.update(unenrolled.id(), withIntro(unenrolled, "Private words about my life"));
		Person elsewhere = this.fixtures.person("Elsewhere");
		this.more.enroll(this.more.program(), elsewhere, "MENTOR");
		String token = this.more.token(committee);
		getJson(token, "/api/v1/people/" + mentee.id()).andExpect(status().isOk())
			.andExpect(jsonPath("$.expertise").isArray());
		for (String field : new String[] { "{'title':'Librarian'}", "{'email':'taken-over@example.org'}",
				"{'name':'Someone Else'}", "{'supervisorId':'" + committee.id() + "'}" }) {
			patchJson(token, "/api/v1/people/" + mentee.id(), field).andExpect(status().isForbidden());
		}
		Person after = this.people.find(mentee.id()).orElseThrow();
		assertThat(after.email()).isEqualTo(mentee.email());
		assertThat(after.name()).isEqualTo(mentee.name());
		assertThat(after.supervisorId()).isNull();
		assertThat(after.title()).isNull();
		getJson(token, "/api/v1/people/" + unenrolled.id()).andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Unenrolled"))
			.andExpect(jsonPath("$.personalIntro").doesNotExist())
			.andExpect(jsonPath("$.expertise").doesNotExist());
		patchJson(token, "/api/v1/people/" + unenrolled.id(), "{'title':'x'}").andExpect(status().isForbidden());
		getJson(token, "/api/v1/people/" + elsewhere.id()).andExpect(status().isNotFound());
		patchJson(token, "/api/v1/people/" + elsewhere.id(), "{'title':'x'}").andExpect(status().isNotFound());
	}

	@Test
	void enrollingAnAdministratorOrAnotherCommitteeMemberGivesACommitteeNoHoldOnThem() throws Exception {
		UUID program = this.more.program();
		Person committee = this.fixtures.person("Grabbing Committee");
		this.more.enroll(program, committee, "COMMITTEE");
		Person admin = this.fixtures.admin("Enrolled Admin");
		this.more.enroll(program, admin, "MENTOR");
		Person otherCommittee = this.fixtures.person("Other Committee");
		this.more.enroll(this.more.program(), otherCommittee, "COMMITTEE");
		this.more.enroll(program, otherCommittee, "MENTEE");
		String token = this.more.token(committee);
		for (Person target : new Person[] { admin, otherCommittee }) {
			patchJson(token, "/api/v1/people/" + target.id(), "{'email':'mine-" + UUID.randomUUID() + "@example.org'}")
				.andExpect(status().isForbidden());
			postJson(token, "/api/v1/people/" + target.id() + "/absences", "{'from':'2026-12-20','to':'2026-12-24'}")
				.andExpect(status().isNotFound());
			assertThat(this.people.find(target.id()).orElseThrow().email()).isEqualTo(target.email());
		}
	}

	@Test
	void thePersonAndAdministratorsStillChangeTheAccount() throws Exception {
		Person person = this.fixtures.person("Own Account");
		String own = this.more.token(person);
		String newEmail = Fixtures.uniqueEmail("own.new");
		patchJson(own, "/api/v1/people/" + person.id(), "{'email':'" + newEmail + "','title':'Archivist'}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(newEmail.toLowerCase()));
		for (String hostile : new String[] { "me,x@example.org", "<a@example.org>", "Ann <a@example.org>" }) {
			patchJson(own, "/api/v1/people/" + person.id(), "{'email':'" + hostile + "'}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("email"));
		}
		String admin = this.more.token(this.fixtures.admin("Account Admin"));
		patchJson(admin, "/api/v1/people/" + person.id(), "{'name':'Renamed By Admin'}").andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Renamed By Admin"));
	}

	@Test
	void theDirectoryGivesACommitteeOnlyCardsOfPeopleOutsideItsPrograms() throws Exception {
		UUID program = this.more.program();
		Person committee = this.fixtures.person("Directory Committee");
		this.more.enroll(program, committee, "COMMITTEE");
		String marker = "dc" + UUID.randomUUID().toString().substring(0, 6);
		Person inside = this.fixtures.person("Inside " + marker);
		this.more.enroll(program, inside, "MENTEE");
		this.people.update(inside.id(), withIntro(inside, "Shared with my program"));
		Person outside = this.fixtures.person("Outside " + marker);
		this.people.update(outside.id(), withIntro(outside, "Not for strangers"));
		String token = this.more.token(committee);
		String body = getJson(token, "/api/v1/people?query=" + marker).andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[?(@.name == 'Inside " + marker + "')].personalIntro")
				.value(hasItem("Shared with my program")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("Not for strangers").contains("Outside " + marker);
		String admin = this.more.token(this.fixtures.admin("Directory Admin"));
		assertThat(getJson(admin, "/api/v1/people?query=" + marker).andReturn().getResponse().getContentAsString())
			.contains("Not for strangers");
	}

	private static PersonEdit withIntro(Person person, String intro) {
		Person.Profile p = person.profile();
		return new PersonEdit(person.name(), person.email(), person.supervisorId(),
				new Person.Profile(p.pronouns(), "Title", "Department", p.location(), p.professionalIntro(), intro,
						List.of("Cataloguing"), p.interests(), p.languages(), p.communicationStyle(), p.motivation(),
						p.background()),
				PersonEdit.of(person).timeZone());
	}

	@Test
	void directoryIsPagedAndSearchable() throws Exception {
		String admin = this.more.token(this.fixtures.admin("Dir Admin"));
		String marker = "zq" + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 0; i < 3; i++) {
			this.fixtures.person("Dir " + marker + " " + i);
		}
		getJson(admin, "/api/v1/people?query=" + marker.toUpperCase() + "&size=2").andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].name").value("Dir " + marker + " 0"));
		getJson(admin, "/api/v1/people?query=" + marker + "&page=1&size=2")
			.andExpect(jsonPath("$.items.length()").value(1));
		getJson(admin, "/api/v1/people?query=%25").andExpect(status().isOk());
		getJson(admin, "/api/v1/people?size=500").andExpect(status().isBadRequest());
		String plain = this.more.token(this.fixtures.person("Dir Plain"));
		getJson(plain, "/api/v1/people").andExpect(status().isForbidden());
	}

	@Test
	void meShowsRolesAndAdminFlag() throws Exception {
		UUID program = this.more.program();
		Person person = this.fixtures.person("Me Mentor");
		this.more.enroll(program, person, "MENTOR");
		getJson(this.more.token(person), "/api/v1/me").andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(person.id().toString()))
			.andExpect(jsonPath("$.email").value(person.email()))
			.andExpect(jsonPath("$.admin").value(false))
			.andExpect(jsonPath("$.roles[0].programId").value(program.toString()))
			.andExpect(jsonPath("$.roles[0].role").value("MENTOR"));
		getJson(this.more.token(this.fixtures.admin("Me Admin")), "/api/v1/me")
			.andExpect(jsonPath("$.admin").value(true))
			.andExpect(jsonPath("$.roles").isEmpty());
	}

	@Test
	void openApiDocumentsThePeopleEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/people'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/people/{id}'].patch").exists())
			.andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/people'].post.responses['201']").exists())
			.andExpect(jsonPath("$.components.schemas.PersonCreated.properties.invitationUrl").exists())
			.andExpect(jsonPath("$.components.schemas.PersonCreated.properties.email").exists())
			.andExpect(jsonPath("$.components.schemas.Me.properties.roles").exists())
			.andExpect(jsonPath("$.components.schemas.PersonPatchRequest.properties.supervisorId").exists());
	}

}
