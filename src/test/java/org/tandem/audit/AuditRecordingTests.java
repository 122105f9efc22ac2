package org.tandem.audit;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.audit.AuditEntries.Row;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What goes into the audit log: a committee member's or an administrator's successful
 * action, on a page or through the API, with who, what, target and address; never a
 * participant's action, a failed one, or a page that is only read.
 */
@IntegrationTest
class AuditRecordingTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	AuditEntries entries;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.entries = new AuditEntries(this.jdbc);
	}

	@Test
	void theCommitteeClosingAPairingOnThePageIsLoggedWithItsAddress() throws Exception {
		Cookie committee = this.world.signIn(this.world.committee);
		String path = "/pairings/" + this.world.pairing.id() + "/close";
		this.mvc.perform(post(path).cookie(committee).with(csrf()).with(from("203.0.113.7")).param("reason", "Moved"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.entries.of(this.world.committee)).containsExactly(
				new Row("pairing.close", "pairing " + this.world.pairing.id(), "203.0.113.7", "POST", path));
	}

	@Test
	void theCommitteeAddingAnActivityThroughTheApiIsLogged() throws Exception {
		this.world
			.api(post("/api/v1/programs/" + this.world.program.id() + "/activities"), this.world.committee,
					"{\"title\":\"Walk the river path\"}")
			.andExpect(status().isCreated());

		assertThat(this.entries.of(this.world.committee))
			.containsExactly(new Row("activity.add", "program " + this.world.program.id(), "127.0.0.1", "POST",
					"/api/v1/programs/" + this.world.program.id() + "/activities"));
	}

	@Test
	void anAdministratorsActionIsLoggedWithTheRequestPathWhenTheTargetIsLeftOpen() throws Exception {
		this.world
			.api(post("/api/v1/programs"), this.world.admin,
					"{\"name\":\"" + PairWorld.unique("Audited")
							+ "\",\"startsOn\":\"2026-01-01\",\"endsOn\":\"2026-12-31\"}")
			.andExpect(status().isCreated());

		assertThat(this.entries.of(this.world.admin))
			.containsExactly(new Row("program.create", "/api/v1/programs", "127.0.0.1", "POST", "/api/v1/programs"));
	}

	@Test
	void theClientAddressIsTheForwardedOneOnlyWhenATrustedProxySentIt() throws Exception {
		String places = "/programs/" + this.world.program.id() + "/places";
		Cookie committee = this.world.signIn(this.world.committee);
		this.mvc
			.perform(post(places).cookie(committee)
				.with(csrf())
				.with(from("203.0.113.7"))
				.header("X-Forwarded-For", "198.51.100.1")
				.param("name", "Café Lindt")
				.param("kind", "LUNCH"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(places).cookie(committee)
				.with(csrf())
				.header("X-Forwarded-For", "198.51.100.9")
				.param("name", "Riverside")
				.param("kind", "WALKING"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.entries.of(this.world.committee)).extracting(Row::action, Row::address)
			.containsExactly(tuple("program.place.add", "203.0.113.7"), tuple("program.place.add", "198.51.100.9"));
	}

	@Test
	void aParticipantsOwnActionOnASharedRouteIsNotLogged() throws Exception {
		this.world
			.api(post("/api/v1/pairings/" + this.world.pairing.id() + "/close"), this.world.mentor,
					"{\"reason\":\"We are done\"}")
			.andExpect(status().isOk());

		assertThat(this.entries.of(this.world.mentor)).isEmpty();
	}

	@Test
	void failedActionsAreNotLogged() throws Exception {
		String activities = "/api/v1/programs/" + this.world.program.id() + "/activities";
		// 400: no title
		this.world.api(post(activities), this.world.committee, "{\"title\":\" \"}").andExpect(status().isBadRequest());
		// 404: no such concern
		this.world.api(post("/api/v1/concerns/" + UUID.randomUUID() + "/acknowledge"), this.world.committee, null)
			.andExpect(status().isNotFound());
		// 409: the term has not ended
		this.world
			.api(post("/api/v1/programs/" + this.world.program.id() + "/pairings/close-remaining"),
					this.world.committee, null)
			.andExpect(status().isConflict());
		// the page sends its form back with errors
		Cookie committee = this.world.signIn(this.world.committee);
		this.mvc
			.perform(post("/programs/" + this.world.program.id() + "/edit").cookie(committee)
				.with(csrf())
				.param("name", "")
				.param("startsOn", "2026-01-01")
				.param("endsOn", "2026-12-31")
				.param("cadenceMinDays", "28")
				.param("cadenceMaxDays", "42")
				.param("firstContactDays", "7"))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isLessThan(300));
		// 403: a mentor may not suggest activities (nor is a mentor logged anyway)
		this.world.api(post(activities), this.world.mentor, "{\"title\":\"Not mine to add\"}")
			.andExpect(status().isForbidden());

		assertThat(this.entries.of(this.world.committee)).isEmpty();
		assertThat(this.entries.of(this.world.mentor)).isEmpty();
	}

	@Test
	void anAdministratorDeniedByTheRulesIsNotLogged() throws Exception {
		// administrators disable other people, never themselves: 403
		Cookie admin = this.world.signIn(this.world.admin);
		int status = this.mvc.perform(post("/people/" + this.world.admin.id() + "/disable").cookie(admin).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo(403);
		assertThat(this.entries.of(this.world.admin)).isEmpty();
	}

	@Test
	void aPageThatIsOnlyReadIsNotLogged() throws Exception {
		Cookie committee = this.world.signIn(this.world.committee);
		this.mvc.perform(get("/programs/" + this.world.program.id() + "/pairings").cookie(committee))
			.andExpect(status().isOk());
		this.world.api(get("/api/v1/programs/" + this.world.program.id() + "/pairings"), this.world.committee, null)
			.andExpect(status().isOk());

		assertThat(this.entries.of(this.world.committee)).isEmpty();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
