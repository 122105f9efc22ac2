package org.tandem.matching;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/programs/{id}/matching-runs} and {@code /api/v1/matching-runs/{id}}:
 * runs, forbids, pins, publishing, and who may do what.
 */
@IntegrationTest
class MatchingApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	MatchingTestSupport support;

	Program program;

	String committee;

	Person cataloguer;

	Person teacher;

	Person wantsCataloguing;

	Person wantsTeaching;

	@BeforeEach
	void setUp() throws Exception {
		this.support = new MatchingTestSupport(this.mvc, this.jdbc, this.programs, this.fixtures);
		this.program = this.support.program();
		this.committee = this.support.token(this.support.committee(this.program));
		this.cataloguer = this.support.mentor(this.program, 1, "Cataloguing");
		this.teacher = this.support.mentor(this.program, 1, "Teaching");
		this.wantsCataloguing = this.support.mentee(this.program, "cataloguing");
		this.wantsTeaching = this.support.mentee(this.program, "teaching");
	}

	ResultActions run(String token, Program program, String body) throws Exception {
		return this.mvc.perform(
				post("/api/v1/programs/" + program.id() + "/matching-runs").header(HttpHeaders.AUTHORIZATION, token)
					.contentType(MediaType.APPLICATION_JSON)
					.content(body));
	}

	String runId(ResultActions result) throws Exception {
		return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id");
	}

	static String pairs(Person mentor, Person mentee) {
		return "[[\"" + mentor.id() + "\", \"" + mentee.id() + "\"]]";
	}

	@Test
	void aRunProposesTheBestPairsWithTheirReasons() throws Exception {
		run(this.committee, this.program, "{}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.totalScore").value(160))
			.andExpect(jsonPath("$.proposals", hasSize(2)))
			.andExpect(jsonPath("$.proposals[?(@.mentorId == '" + this.cataloguer.id() + "')].menteeId")
				.value(contains(this.wantsCataloguing.id().toString())))
			.andExpect(jsonPath("$.proposals[0].score").value(80))
			.andExpect(jsonPath("$.proposals[0].reasons[0].criterion").value("EXPERTISE_OVERLAP"))
			.andExpect(jsonPath("$.proposals[0].reasons[0].points").value(80))
			.andExpect(jsonPath("$.unmatchedMenteeIds", hasSize(0)));
	}

	@Test
	void forbiddenPairsAreNeverProposedAndPinsAlwaysAre() throws Exception {
		String body = "{\"forbid\": " + pairs(this.cataloguer, this.wantsCataloguing) + ", \"pin\": "
				+ pairs(this.cataloguer, this.wantsTeaching) + "}";
		run(this.committee, this.program, body).andExpect(status().isCreated())
			.andExpect(jsonPath("$.proposals[0].mentorId").value(this.cataloguer.id().toString()))
			.andExpect(jsonPath("$.proposals[0].menteeId").value(this.wantsTeaching.id().toString()))
			.andExpect(jsonPath("$.proposals[0].pinned").value(true))
			.andExpect(jsonPath("$.proposals[1].mentorId").value(this.teacher.id().toString()))
			.andExpect(jsonPath("$.proposals[1].menteeId").value(this.wantsCataloguing.id().toString()))
			.andExpect(jsonPath("$.forbid[0][0]").value(this.cataloguer.id().toString()))
			.andExpect(jsonPath("$.pin[0][1]").value(this.wantsTeaching.id().toString()));
	}

	@Test
	void supervisorsAtDepthTwoAreNeverProposedAndActivePairingsTakeCapacity() throws Exception {
		Person middle = this.support.person("Mid Manager");
		this.support.supervise(this.cataloguer, middle);
		this.support.supervise(middle, this.wantsCataloguing);
		Person busy = this.support.mentor(this.program, 1, "Cataloguing");
		Person paired = this.support.mentee(this.program, "cataloguing");
		this.pairings.start(this.program.id(), asAdmin(), new NewPairing(busy.id().value(), paired.id().value(), null));
		run(this.committee, this.program, "{}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.proposals[*].menteeId")
				.value(containsInAnyOrder(this.wantsCataloguing.id().toString(), this.wantsTeaching.id().toString())))
			.andExpect(jsonPath("$.proposals[?(@.menteeId == '" + this.wantsCataloguing.id() + "')].mentorId")
				.value(contains(this.teacher.id().toString())))
			.andExpect(jsonPath("$.proposals[?(@.mentorId == '" + busy.id() + "')]", hasSize(0)));
	}

	@Test
	void aPinAgainstTheSupervisoryChainIsAConflictAndNothingIsWritten() throws Exception {
		this.support.supervise(this.cataloguer, this.wantsTeaching);
		run(this.committee, this.program, "{\"pin\": " + pairs(this.cataloguer, this.wantsTeaching) + "}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("supervisory chain")));
		assertThat(this.support.runs(this.program)).isZero();
	}

	@Test
	void badPairsAreRejected() throws Exception {
		Person stranger = this.support.person("Sam Stranger");
		run(this.committee, this.program, "{\"forbid\": " + pairs(stranger, this.wantsTeaching) + "}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("forbid[0][0]"));
		run(this.committee, this.program, "{\"pin\": [[\"not-an-id\"]]}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("pin[0]"));
		run(this.committee, this.program, "{\"pin\": [[\"nope\", \"" + this.wantsTeaching.id() + "\"]]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("pin[0][0]"));
		run(this.committee, this.program, "{\"surprise\": true}").andExpect(status().isBadRequest());
		assertThat(this.support.runs(this.program)).isZero();
	}

	@Test
	void onlyTheCommitteeAndAdministratorsRunTheMatcher() throws Exception {
		run(this.support.token(this.cataloguer), this.program, "{}").andExpect(status().isForbidden());
		run(this.support.token(this.support.person("Olly Outsider")), this.program, "{}")
			.andExpect(status().isNotFound());
		run(this.committee, this.support.program(), "{}").andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/programs/" + this.program.id() + "/matching-runs")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnauthorized());
		run(this.support.token(this.support.admin()), this.program, "{}").andExpect(status().isCreated());
	}

	@Test
	void publishingStartsOnePairingPerProposalOnce() throws Exception {
		String id = runId(run(this.committee, this.program, "{}").andExpect(status().isCreated()));
		this.mvc
			.perform(post("/api/v1/matching-runs/" + id + "/publish").header(HttpHeaders.AUTHORIZATION,
					this.support.token(this.cataloguer)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/matching-runs/" + id + "/publish").header(HttpHeaders.AUTHORIZATION,
					this.support.token(this.support.committee(this.support.program()))))
			.andExpect(status().isNotFound());
		assertThat(this.support.activePairings(this.program)).isZero();
		this.mvc
			.perform(post("/api/v1/matching-runs/" + id + "/publish").header(HttpHeaders.AUTHORIZATION, this.committee))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		assertThat(this.support.activePairings(this.program)).isEqualTo(2);
		this.mvc
			.perform(post("/api/v1/matching-runs/" + id + "/publish").header(HttpHeaders.AUTHORIZATION, this.committee))
			.andExpect(status().isConflict());
		assertThat(this.support.activePairings(this.program)).isEqualTo(2);
		this.mvc.perform(get("/api/v1/matching-runs/" + id).header(HttpHeaders.AUTHORIZATION, this.committee))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
	}

	@Test
	void aCapacityFilledSinceTheRunStopsThePublishAndWritesNothing() throws Exception {
		String id = runId(run(this.committee, this.program, "{}").andExpect(status().isCreated()));
		Person late = this.support.mentee(this.program);
		this.pairings.start(this.program.id(), asAdmin(),
				new NewPairing(this.teacher.id().value(), late.id().value(), null));
		this.mvc
			.perform(post("/api/v1/matching-runs/" + id + "/publish").header(HttpHeaders.AUTHORIZATION, this.committee))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("Nothing was published")));
		assertThat(this.support.activePairings(this.program)).isEqualTo(1);
		this.mvc.perform(get("/api/v1/matching-runs/" + id).header(HttpHeaders.AUTHORIZATION, this.committee))
			.andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void aDiscardedRunCannotBePublished() throws Exception {
		String id = runId(run(this.committee, this.program, "{}"));
		this.mvc
			.perform(post("/api/v1/matching-runs/" + id + "/discard").header(HttpHeaders.AUTHORIZATION, this.committee))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISCARDED"));
		this.mvc
			.perform(post("/api/v1/matching-runs/" + id + "/publish").header(HttpHeaders.AUTHORIZATION, this.committee))
			.andExpect(status().isConflict());
		this.mvc
			.perform(
					get("/api/v1/matching-runs/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, this.committee))
			.andExpect(status().isNotFound());
	}

	@Test
	void unmatchedMenteesAreListedWithTheirReason() throws Exception {
		Person third = this.support.mentee(this.program, "teaching");
		run(this.committee, this.program, "{}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.proposals", hasSize(2)))
			.andExpect(jsonPath("$.unmatchedMenteeIds", hasSize(1)))
			.andExpect(jsonPath("$.unmatched[0].reason").value("CAPACITY_EXHAUSTED"));
		assertThat(third).isNotNull();
	}

	@Test
	void theOpenApiDocumentDescribesMatching() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/programs/{id}/matching-runs'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/matching-runs/{id}/publish'].post").exists());
	}

	static org.tandem.shared.security.TandemPrincipal asAdmin() {
		return new org.tandem.shared.security.TandemPrincipal() {
			final UUID id = UUID.randomUUID();

			@Override
			public UUID personId() {
				return this.id;
			}

			@Override
			public String email() {
				return "admin@example.org";
			}

			@Override
			public boolean admin() {
				return true;
			}
		};
	}

}
