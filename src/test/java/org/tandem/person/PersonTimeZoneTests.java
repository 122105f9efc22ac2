package org.tandem.person;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person's time zone: read and changed like their name, through the API and the edit
 * page; Tandem's default (UTC in the tests) until they choose one.
 */
@IntegrationTest
class PersonTimeZoneTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	People people;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
	}

	@Test
	void withoutAChoiceThePersonHasTandemsDefaultZone() throws Exception {
		String token = this.world.token(this.world.mentor);
		apiGet(token, "/api/v1/people/" + this.world.mentor.id()).andExpect(status().isOk())
			.andExpect(jsonPath("$.timeZone").value("UTC"));
		apiGet(token, "/api/v1/me").andExpect(jsonPath("$.timeZone").value("UTC"));
		assertThat(this.people.zoneOf(this.world.mentor.id()).getId()).isEqualTo("UTC");
		assertThat(this.jdbc.sql("select count(*) from person where id = :id and time_zone is null")
			.param("id", this.world.mentor.id().value())
			.query(Integer.class)
			.single()).as("nothing chosen is stored as nothing").isEqualTo(1);
	}

	@Test
	void thePersonChoosesAZoneAndReturnsToTheDefaultWithNull() throws Exception {
		String token = this.world.token(this.world.mentor);
		String path = "/api/v1/people/" + this.world.mentor.id();
		apiPatch(token, path, "{'timeZone':'America/New_York'}").andExpect(status().isOk())
			.andExpect(jsonPath("$.timeZone").value("America/New_York"))
			.andExpect(jsonPath("$.name").value(this.world.mentor.name()));
		apiGet(token, "/api/v1/me").andExpect(jsonPath("$.timeZone").value("America/New_York"));
		apiGet(this.world.token(this.world.mentee), path).andExpect(jsonPath("$.timeZone").value("America/New_York"));
		apiPatch(token, path, "{'title':'Archivist'}").andExpect(jsonPath("$.timeZone").value("America/New_York"));
		apiPatch(token, path, "{'timeZone':null}").andExpect(status().isOk())
			.andExpect(jsonPath("$.timeZone").value("UTC"));
		assertThat(this.people.find(this.world.mentor.id()).orElseThrow().timeZone()).isNull();
	}

	@Test
	void anAdministratorChangesSomeonesZone() throws Exception {
		apiPatch(this.world.token(this.world.admin), "/api/v1/people/" + this.world.mentee.id(),
				"{'timeZone':'Asia/Tokyo'}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.timeZone").value("Asia/Tokyo"));
	}

	@Test
	void aZoneThatIsNoIanaIdIsBadInput() throws Exception {
		String token = this.world.token(this.world.mentor);
		for (String zone : new String[] { "Mars/Olympus", "+02:00", "UTC+2", "42" }) {
			apiPatch(token, "/api/v1/people/" + this.world.mentor.id(), "{'timeZone':'" + zone + "'}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("timeZone"));
		}
		apiPatch(token, "/api/v1/people/" + this.world.mentor.id(), "{'timeZone':7}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("timeZone"));
		assertThat(this.people.find(this.world.mentor.id()).orElseThrow().timeZone()).isNull();
	}

	@Test
	void theCommitteeAndThePartnerMayNotChangeItAndStrangersDoNotSeeThePerson() throws Exception {
		String path = "/api/v1/people/" + this.world.mentee.id();
		String body = "{'timeZone':'Asia/Tokyo'}";
		apiPatch(this.world.token(this.world.committee), path, body).andExpect(status().isForbidden());
		apiPatch(this.world.token(this.world.mentor), path, body).andExpect(status().isForbidden());
		apiPatch(this.world.token(this.world.stranger), path, body).andExpect(status().isNotFound());
		assertThat(this.people.find(this.world.mentee.id()).orElseThrow().timeZone()).isNull();
	}

	@Test
	void theEditPageOffersTheZonesAndNamesTheDefault() throws Exception {
		Cookie session = this.world.signIn(this.world.mentor);
		String edit = "/people/" + this.world.mentor.id() + "/edit";
		this.mvc.perform(get(edit).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<label for=\"timeZone\">Time zone</label>"),
					containsString("<option value=\"\" selected>Tandem's default (UTC)</option>"),
					containsString("<option value=\"Europe/Berlin\">Europe/Berlin</option>"))));
		this.mvc.perform(post(edit).cookie(session).with(csrf()).params(form()).param("timeZone", "Europe/Berlin"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/people/" + this.world.mentor.id()));
		assertThat(this.people.find(this.world.mentor.id()).orElseThrow().timeZone()).hasToString("Europe/Berlin");
		this.mvc.perform(get(edit).cookie(session))
			.andExpect(content()
				.string(containsString("<option value=\"Europe/Berlin\" selected>Europe/Berlin</option>")));
		this.mvc.perform(get("/me").cookie(session))
			.andExpect(content().string(containsString("<dt>Time zone</dt><dd>Europe/Berlin</dd>")));
	}

	@Test
	void theProfileShowsTheZoneToThoseWhoSeeThePersonInFullOnly() throws Exception {
		this.jdbc.sql("update person set time_zone = 'Asia/Tokyo' where id in (:ids)")
			.param("ids", java.util.List.of(this.world.mentee.id().value(), this.world.stranger.id().value()))
			.update();
		this.mvc.perform(get("/people/" + this.world.mentee.id()).cookie(this.world.signIn(this.world.mentor)))
			.andExpect(content().string(containsString("<dt>Time zone</dt><dd>Asia/Tokyo</dd>")));
		this.mvc.perform(get("/me").cookie(this.world.signIn(this.world.mentor)))
			.andExpect(content().string(containsString("<dt>Time zone</dt><dd>UTC (Tandem's default)</dd>")));
		// the committee sees only the directory card of someone outside its programs
		this.mvc.perform(get("/people/" + this.world.stranger.id()).cookie(this.world.signIn(this.world.committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Time zone"))));
	}

	@Test
	void theEditPageRefusesAZoneThatIsNoIanaId() throws Exception {
		Cookie session = this.world.signIn(this.world.mentor);
		this.mvc
			.perform(post("/people/" + this.world.mentor.id() + "/edit").cookie(session)
				.with(csrf())
				.params(form())
				.param("timeZone", "Mars/Olympus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Time zone is not a known time zone")));
		assertThat(this.people.find(this.world.mentor.id()).orElseThrow().timeZone()).isNull();
	}

	@Test
	void onlyThePersonAndAdministratorsOpenTheEditPage() throws Exception {
		String edit = "/people/" + this.world.mentee.id() + "/edit";
		this.mvc.perform(get(edit).cookie(this.world.signIn(this.world.committee))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(edit).cookie(this.world.signIn(this.world.committee))
				.with(csrf())
				.params(form(this.world.mentee))
				.param("timeZone", "Asia/Tokyo"))
			.andExpect(status().isForbidden());
		assertThat(this.people.find(this.world.mentee.id()).orElseThrow().timeZone()).isNull();
	}

	@Test
	void theOpenApiDocumentShowsTheZone() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.Person.properties.timeZone.type").value("string"))
			.andExpect(
					jsonPath("$.components.schemas.Person.required").value(org.hamcrest.Matchers.hasItem("timeZone")))
			.andExpect(jsonPath("$.components.schemas.PersonPatchRequest.properties.timeZone").exists());
	}

	private MultiValueMap<String, String> form() {
		return form(this.world.mentor);
	}

	private static MultiValueMap<String, String> form(Person person) {
		LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", person.name());
		form.add("email", person.email());
		return form;
	}

	private ResultActions apiGet(String token, String path) throws Exception {
		return this.mvc.perform(get(path).header("Authorization", token));
	}

	private ResultActions apiPatch(String token, String path, String json) throws Exception {
		return this.mvc.perform(patch(path).header("Authorization", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json.replace('\'', '"')));
	}

}
