package org.tandem.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;
import org.tandem.support.QueryCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators search the audit log by person, action and days in their own zone, on
 * the page and through the API; nobody else reads it, and a malformed search is a 400
 * that says which field is wrong.
 */
@IntegrationTest
class AuditSearchTests {

	/** 11:30 UTC on 1 March 2026 is already 2 March in Auckland (UTC+13). */
	static final Instant LATE_MARCH_FIRST = Instant.parse("2026-03-01T11:30:00Z");

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.jdbc.sql("update person set time_zone = 'Pacific/Auckland' where id = :id")
			.param("id", this.world.admin.id().value())
			.update();
	}

	@Test
	void administratorsSearchByPersonIdOrEmailAndByActionOrItsStart() throws Exception {
		entry(this.world.committee, "pairing.close", Instant.parse("2026-02-01T10:00:00Z"));
		entry(this.world.committee, "pairing.create", Instant.parse("2026-02-02T10:00:00Z"));
		entry(this.world.committee, "pairingx.other", Instant.parse("2026-02-03T10:00:00Z"));
		entry(this.world.admin, "pairing.close", Instant.parse("2026-02-04T10:00:00Z"));

		assertThat(actions("actor=" + this.world.committee.id())).containsExactly("pairingx.other", "pairing.create",
				"pairing.close");
		assertThat(actions("actor=" + this.world.committee.email().toUpperCase())).hasSize(3);
		assertThat(actions("actor=" + this.world.committee.id() + "&action=pairing")).containsExactly("pairing.create",
				"pairing.close");
		assertThat(actions("actor=" + this.world.committee.id() + "&action=pairing.close"))
			.containsExactly("pairing.close");
		assertThat(actions("actor=nobody-" + UUID.randomUUID() + "@example.org")).isEmpty();

		String json = this.world.api(get("/api/v1/admin/audit?actor=" + this.world.admin.id()), this.world.admin, null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat((Integer) JsonPath.read(json, "$.total")).isEqualTo(1);
		assertThat((String) JsonPath.read(json, "$.items[0].actorId")).isEqualTo(this.world.admin.id().toString());
		assertThat((String) JsonPath.read(json, "$.items[0].at")).isEqualTo("2026-02-04T10:00:00Z");
		assertThat((String) JsonPath.read(json, "$.items[0].target")).isEqualTo("pairing 1");
		assertThat((String) JsonPath.read(json, "$.items[0].address")).isEqualTo("192.0.2.1");
	}

	@Test
	void daysAreTheAdministratorsOwnAndBothEndsAreIncluded() throws Exception {
		entry(this.world.committee, "program.update", LATE_MARCH_FIRST);
		String actor = "actor=" + this.world.committee.id();

		assertThat(actions(actor + "&from=2026-03-02&to=2026-03-02")).containsExactly("program.update");
		assertThat(actions(actor + "&from=2026-03-01&to=2026-03-01")).isEmpty();
		assertThat(actions(actor + "&from=2026-03-03")).isEmpty();
		assertThat(actions(actor + "&to=2026-03-01")).isEmpty();

		Cookie admin = this.world.signIn(this.world.admin);
		String page = this.mvc.perform(get("/admin/audit?" + actor + "&from=2026-03-02&to=2026-03-02").cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("program.update").contains(this.world.committee.name()).contains("2026-03-02 00:30");
		String empty = this.mvc.perform(get("/admin/audit?" + actor + "&from=2026-03-01&to=2026-03-01").cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(empty).contains("No entry matches").doesNotContain("program.update");
	}

	@Test
	void nobodyButAdministratorsReadsTheLog() throws Exception {
		for (Person person : List.of(this.world.committee, this.world.mentee, this.world.stranger)) {
			this.world.api(get("/api/v1/admin/audit"), person, null).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/audit").cookie(this.world.signIn(person))).andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/v1/admin/audit")).andExpect(status().isUnauthorized());
	}

	@Test
	void aMalformedSearchIsABadRequestThatNamesTheField() throws Exception {
		MockHttpServletResponse api = this.world.api(get("/api/v1/admin/audit?from=yesterday"), this.world.admin, null)
			.andReturn()
			.getResponse();
		assertThat(api.getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(api.getContentAsString(), "$.errors[0].field")).isEqualTo("from");

		MockHttpServletResponse backwards = this.world
			.api(get("/api/v1/admin/audit?from=2026-03-02&to=2026-03-01"), this.world.admin, null)
			.andReturn()
			.getResponse();
		assertThat(backwards.getStatus()).isEqualTo(400);
		assertThat((String) JsonPath.read(backwards.getContentAsString(), "$.errors[0].field")).isEqualTo("to");

		this.world.api(get("/api/v1/admin/audit?size=0"), this.world.admin, null).andExpect(status().isBadRequest());

		Cookie admin = this.world.signIn(this.world.admin);
		MockHttpServletResponse page = this.mvc.perform(get("/admin/audit?from=2026-13-45&action=x").cookie(admin))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(400);
		assertThat(page.getContentAsString()).contains("From has an invalid value").contains("value=\"2026-13-45\"");
		MockHttpServletResponse reversed = this.mvc
			.perform(get("/admin/audit?from=2026-03-02&to=2026-03-01").cookie(admin))
			.andReturn()
			.getResponse();
		assertThat(reversed.getStatus()).isEqualTo(400);
		assertThat(reversed.getContentAsString()).contains("To must not be before from");
	}

	@Test
	void thePageCostsTheSameNumberOfQueriesForTwoEntriesAsForTwenty() throws Exception {
		Person few = this.world.committee;
		Person many = this.world.otherMentor;
		for (int i = 0; i < 2; i++) {
			entry(few, "program.update", Instant.parse("2026-02-01T10:00:00Z").plusSeconds(i));
		}
		for (int i = 0; i < 20; i++) {
			entry(many, "program.update", Instant.parse("2026-02-01T10:00:00Z").plusSeconds(i));
		}
		Cookie admin = this.world.signIn(this.world.admin);
		page(admin, few);
		QueryCounter.Counted<String> two = QueryCounter.count(() -> page(admin, few));
		QueryCounter.Counted<String> twenty = QueryCounter.count(() -> page(admin, many));

		assertThat(two.result()).contains("(2 in all)");
		assertThat(twenty.result()).contains("(20 in all)");
		assertThat(twenty.statements()).isEqualTo(two.statements());
	}

	private String page(Cookie admin, Person actor) throws Exception {
		return this.mvc.perform(get("/admin/audit?actor=" + actor.id()).cookie(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private List<String> actions(String query) throws Exception {
		String json = this.world.api(get("/api/v1/admin/audit?" + query), this.world.admin, null)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(json, "$.items[*].action");
	}

	private void entry(Person actor, String action, Instant at) {
		this.jdbc.sql("""
				insert into audit_entry (id, at, actor_id, action, target, address, http_method, path)
				values (:id, :at, :actor, :action, 'pairing 1', '192.0.2.1', 'POST', '/pairings/1/close')""")
			.param("id", UUID.randomUUID())
			.param("at", Timestamp.from(at))
			.param("actor", actor.id().value())
			.param("action", action)
			.update();
	}

}
