package org.tandem.program;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ProgramApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Programs programs;

	@Autowired
	Fixtures fixtures;

	ProgramTestSupport support;

	@BeforeEach
	void setUp() {
		this.support = new ProgramTestSupport(this.mvc, this.programs, this.fixtures);
	}

	@Test
	void administratorCreatesAProgramWithTheDefaultRhythm() throws Exception {
		String admin = this.support.token(this.fixtures.admin("Ann Admin"));
		String name = ProgramTestSupport.uniqueName("Library mentoring");
		String id = create(admin, "{\"name\":\"" + name + "\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2027-06-30\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.description").value(nullValue()))
			.andExpect(jsonPath("$.startsOn").value("2026-09-01"))
			.andExpect(jsonPath("$.endsOn").value("2027-06-30"))
			.andExpect(jsonPath("$.cadenceMinDays").value(28))
			.andExpect(jsonPath("$.cadenceMaxDays").value(42))
			.andExpect(jsonPath("$.firstContactDays").value(7))
			.andExpect(jsonPath("$.enrollmentOpen").value(false))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		this.mvc.perform(get("/api/v1/programs/" + id).header(HttpHeaders.AUTHORIZATION, admin))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.name").value(name));
	}

	@Test
	void administratorMaySetEverySetting() throws Exception {
		String admin = this.support.token(this.fixtures.admin("Abe Admin"));
		create(admin, """
				{"name":"Open program","description":"For new librarians","startsOn":"2026-01-01",
				 "endsOn":"2026-12-31","cadenceMinDays":14,"cadenceMaxDays":21,"firstContactDays":3,
				 "enrollmentOpen":true}
				""").andExpect(status().isCreated())
			.andExpect(jsonPath("$.description").value("For new librarians"))
			.andExpect(jsonPath("$.cadenceMinDays").value(14))
			.andExpect(jsonPath("$.cadenceMaxDays").value(21))
			.andExpect(jsonPath("$.firstContactDays").value(3))
			.andExpect(jsonPath("$.enrollmentOpen").value(true));
	}

	@Test
	void missingNameAndDatesAreRejected() throws Exception {
		String admin = this.support.token(this.fixtures.admin("Ada Admin"));
		long before = this.programs.count();
		create(admin, "{\"description\":\"no name\"}").andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "startsOn", "endsOn")));
		assertThat(this.programs.count()).isEqualTo(before);
	}

	@Test
	void endBeforeStartAndBadCadenceAreRejectedTogether() throws Exception {
		String admin = this.support.token(this.fixtures.admin("Al Admin"));
		create(admin, """
				{"name":"Backwards","startsOn":"2026-09-01","endsOn":"2026-08-01",
				 "cadenceMinDays":30,"cadenceMaxDays":20,"firstContactDays":0}
				""").andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[*].field", containsInAnyOrder("endsOn", "cadenceMaxDays", "firstContactDays")));
		create(admin, "{\"name\":\"Zero\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-10-01\",\"cadenceMinDays\":0}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("cadenceMinDays")));
	}

	@Test
	void malformedDateAndUnknownFieldsAreRejected() throws Exception {
		String admin = this.support.token(this.fixtures.admin("Ali Admin"));
		create(admin, "{\"name\":\"Bad date\",\"startsOn\":\"next monday\",\"endsOn\":\"2026-10-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("startsOn"));
		create(admin, "{\"name\":\"Extra\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-10-01\",\"colour\":\"red\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("colour"));
	}

	@Test
	void onlyAdministratorsCreatePrograms() throws Exception {
		Program program = this.support.program(false);
		String committee = this.support.token(this.support.member(program, Role.COMMITTEE, "Cam Committee"));
		create(committee, "{\"name\":\"Mine\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-10-01\"}")
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/programs").contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Anonymous\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-10-01\"}"))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/v1/programs")).andExpect(status().isUnauthorized());
	}

	@Test
	void programIsVisibleToItsParticipantsAndHiddenFromOthers() throws Exception {
		Program program = this.support.program(false);
		String mentee = this.support.token(this.support.member(program, Role.MENTEE, "Meg Mentee"));
		String outsider = this.support.token(this.fixtures.person("Oz Outsider"));
		this.mvc.perform(get("/api/v1/programs/" + program.id()).header(HttpHeaders.AUTHORIZATION, mentee))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(program.name()));
		this.mvc.perform(get("/api/v1/programs/" + program.id()).header(HttpHeaders.AUTHORIZATION, outsider))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/api/v1/programs/" + java.util.UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, mentee))
			.andExpect(status().isNotFound());
	}

	@Test
	void programOpenForEnrollmentIsVisibleToEveryone() throws Exception {
		Program open = this.support.latestProgram(true);
		Program closed = this.support.program(false);
		String outsider = this.support.token(this.fixtures.person("Ola Outsider"));
		this.mvc.perform(get("/api/v1/programs/" + open.id()).header(HttpHeaders.AUTHORIZATION, outsider))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/programs?size=200").header(HttpHeaders.AUTHORIZATION, outsider))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(open.id().toString())))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(closed.id().toString()))))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(200));
	}

	@Test
	void listShowsWhatTheCallerTakesPartInAndAdministratorsSeeAll() throws Exception {
		Program mine = this.support.latestProgram(false);
		Program other = this.support.program(false);
		Person mentor = this.support.member(mine, Role.MENTOR, "Max Mentor");
		String token = this.support.token(mentor);
		this.mvc.perform(get("/api/v1/programs?size=200").header(HttpHeaders.AUTHORIZATION, token))
			.andExpect(jsonPath("$.items[*].id", hasItem(mine.id().toString())))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(other.id().toString()))));
		String admin = this.support.token(this.fixtures.admin("Ari Admin"));
		long total = this.programs.count();
		this.mvc.perform(get("/api/v1/programs?size=1").header(HttpHeaders.AUTHORIZATION, admin))
			.andExpect(jsonPath("$.total").value(total))
			.andExpect(jsonPath("$.items.length()").value(1));
		this.mvc.perform(get("/api/v1/programs?size=201").header(HttpHeaders.AUTHORIZATION, admin))
			.andExpect(status().isBadRequest());
	}

	@Test
	void committeeChangesSomeSettingsAndKeepsTheRest() throws Exception {
		Program program = this.support.program(false);
		String committee = this.support.token(this.support.member(program, Role.COMMITTEE, "Cy Committee"));
		this.mvc
			.perform(patch("/api/v1/programs/" + program.id()).header(HttpHeaders.AUTHORIZATION, committee)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"enrollmentOpen\":true,\"cadenceMaxDays\":60}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enrollmentOpen").value(true))
			.andExpect(jsonPath("$.cadenceMaxDays").value(60))
			.andExpect(jsonPath("$.cadenceMinDays").value(28))
			.andExpect(jsonPath("$.name").value(program.name()));
		assertThat(this.programs.find(program.id()).orElseThrow().enrollmentOpen()).isTrue();
	}

	@Test
	void invalidChangeIsRejectedAndNothingChanges() throws Exception {
		Program program = this.support.program(false);
		String admin = this.support.token(this.fixtures.admin("Avi Admin"));
		this.mvc
			.perform(patch("/api/v1/programs/" + program.id()).header(HttpHeaders.AUTHORIZATION, admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cadenceMaxDays\":10,\"name\":\"Renamed\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cadenceMaxDays"));
		this.mvc
			.perform(patch("/api/v1/programs/" + program.id()).header(HttpHeaders.AUTHORIZATION, admin)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		Program unchanged = this.programs.find(program.id()).orElseThrow();
		assertThat(unchanged.name()).isEqualTo(program.name());
		assertThat(unchanged.cadenceMaxDays()).isEqualTo(42);
	}

	@Test
	void onlyTheCommitteeAndAdministratorsChangeSettings() throws Exception {
		Program program = this.support.program(false);
		String mentee = this.support.token(this.support.member(program, Role.MENTEE, "Mo Mentee"));
		String outsider = this.support.token(this.fixtures.person("Otto Outsider"));
		String otherCommittee = this.support
			.token(this.support.member(this.support.program(false), Role.COMMITTEE, "Cleo Committee"));
		for (String[] caller : new String[][] { { mentee, "403" }, { outsider, "404" }, { otherCommittee, "404" } }) {
			this.mvc
				.perform(patch("/api/v1/programs/" + program.id()).header(HttpHeaders.AUTHORIZATION, caller[0])
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"enrollmentOpen\":true}"))
				.andExpect(status().is(Integer.parseInt(caller[1])));
		}
		assertThat(this.programs.find(program.id()).orElseThrow().enrollmentOpen()).isFalse();
	}

	@Test
	void openApiDocumentDescribesTheProgramEndpoints() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/programs'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/programs/{id}'].patch").exists())
			.andExpect(jsonPath("$.paths['/api/v1/programs/{id}/participants'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/programs/{id}/applications'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/programs/{id}/participants/{participantId}/approve'].post").exists());
	}

	private ResultActions create(String token, String json) throws Exception {
		return this.mvc.perform(post("/api/v1/programs").header(HttpHeaders.AUTHORIZATION, token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

}
