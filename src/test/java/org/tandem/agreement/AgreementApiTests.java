package org.tandem.agreement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tandem.pairing.PairingId;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agreement in the JSON API: the pair writes and acknowledges it, the committee sees
 * only the acknowledgements.
 */
@IntegrationTest
class AgreementApiTests {

	static final String GROUND_RULES = "We are candid with each other.\nEither of us may say when it does not work.";

	static final String FULL = """
			{"groundRules": "We are candid with each other.\\r\\nEither of us may say when it does not work.  ",
			 "timeCommitment": "An hour a month for the program year",
			 "scope": "Teaching and the promotion dossier",
			 "rhythm": "Every five weeks;\\tthe mentee proposes dates",
			 "formats": ["WALKING", "VIDEO", "WALKING"],
			 "communication": "Email, answered within a week",
			 "goals": "A first grant proposal",
			 "confidentialityPledge": true}
			""";

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

	@Autowired
	Agreements agreements;

	AgreementFixture pair;

	@BeforeEach
	void setUp() {
		this.pair = new AgreementFixture(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures);
	}

	@Test
	void thePairSavesTheAgreementAndBothAcknowledgeIt() throws Exception {
		String mentorToken = this.pair.token(this.pair.mentor);
		String menteeToken = this.pair.token(this.pair.mentee);
		read(mentorToken).andExpect(status().isOk())
			.andExpect(jsonPath("$.groundRules").value(nullValue()))
			.andExpect(jsonPath("$.formats").isEmpty())
			.andExpect(jsonPath("$.confidentialityPledge").value(false))
			.andExpect(jsonPath("$.updatedAt").value(nullValue()));
		save(mentorToken, FULL).andExpect(status().isOk())
			.andExpect(jsonPath("$.groundRules").value(GROUND_RULES))
			.andExpect(jsonPath("$.rhythm").value("Every five weeks;\tthe mentee proposes dates"))
			.andExpect(jsonPath("$.formats").value(org.hamcrest.Matchers.contains("WALKING", "VIDEO")))
			.andExpect(jsonPath("$.confidentialityPledge").value(true))
			.andExpect(jsonPath("$.mentorAcknowledgedAt").value(nullValue()))
			.andExpect(jsonPath("$.updatedAt").isString());
		acknowledge(menteeToken).andExpect(status().isOk())
			.andExpect(jsonPath("$.menteeAcknowledgedAt").isString())
			.andExpect(jsonPath("$.mentorAcknowledgedAt").value(nullValue()));
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).acknowledged()).isFalse();
		acknowledge(mentorToken).andExpect(status().isOk());
		String first = read(menteeToken).andExpect(status().isOk())
			.andExpect(jsonPath("$.goals").value("A first grant proposal"))
			.andExpect(jsonPath("$.mentorAcknowledgedAt").isString())
			.andReturn()
			.getResponse()
			.getContentAsString();
		acknowledge(mentorToken).andExpect(status().isOk());
		read(menteeToken).andExpect(content().json(first));
		AgreementStatus status = this.agreements.statusOf(this.pair.pairing.id());
		assertThat(status.acknowledged()).isTrue();
		assertThat(status.recorded()).isTrue();
	}

	@Test
	void changingTheTextClearsBothAcknowledgementsButSavingTheSameTextDoesNot() throws Exception {
		String mentorToken = this.pair.token(this.pair.mentor);
		String menteeToken = this.pair.token(this.pair.mentee);
		save(mentorToken, FULL).andExpect(status().isOk());
		acknowledge(mentorToken).andExpect(status().isOk());
		acknowledge(menteeToken).andExpect(status().isOk());
		save(menteeToken, FULL).andExpect(status().isOk())
			.andExpect(jsonPath("$.mentorAcknowledgedAt").isString())
			.andExpect(jsonPath("$.menteeAcknowledgedAt").isString());
		save(menteeToken, FULL.replace("A first grant proposal", "Two grant proposals")).andExpect(status().isOk())
			.andExpect(jsonPath("$.mentorAcknowledgedAt").value(nullValue()))
			.andExpect(jsonPath("$.menteeAcknowledgedAt").value(nullValue()));
		assertThat(this.agreements.statusOf(this.pair.pairing.id())).isEqualTo(new AgreementStatus(true, null, null));
		save(menteeToken, FULL.replace("\"VIDEO\", ", "")).andExpect(status().isOk());
		acknowledge(mentorToken).andExpect(status().isOk());
		save(mentorToken, FULL.replace("\"VIDEO\", ", "")).andExpect(status().isOk())
			.andExpect(jsonPath("$.mentorAcknowledgedAt").isString());
		save(mentorToken, FULL.replace("\"VIDEO\", ", "\"PHONE\", ")).andExpect(status().isOk())
			.andExpect(jsonPath("$.mentorAcknowledgedAt").value(nullValue()));
	}

	@Test
	void theCommitteeAndAdministratorsSeeOnlyWhetherItIsAcknowledged() throws Exception {
		save(this.pair.token(this.pair.mentor), FULL).andExpect(status().isOk());
		acknowledge(this.pair.token(this.pair.mentee)).andExpect(status().isOk());
		for (Person viewer : List.of(this.pair.committee, this.pair.admin())) {
			String body = read(this.pair.token(viewer)).andExpect(status().isOk())
				.andExpect(jsonPath("$.mentorAcknowledgedAt").value(nullValue()))
				.andExpect(jsonPath("$.menteeAcknowledgedAt").isString())
				.andExpect(jsonPath("$.acknowledged").value(false))
				.andExpect(jsonPath("$.groundRules").doesNotExist())
				.andExpect(jsonPath("$.formats").doesNotExist())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).doesNotContain("candid", "grant", "WALKING", "Email");
		}
		String committeeToken = this.pair.token(this.pair.committee);
		save(committeeToken, FULL.replace("candid", "watched")).andExpect(status().isForbidden());
		acknowledge(committeeToken).andExpect(status().isForbidden());
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).mentorAcknowledged()).isFalse();
	}

	@Test
	void theTextIsStoredOnlyAsCiphertext() throws Exception {
		save(this.pair.token(this.pair.mentor), FULL).andExpect(status().isOk());
		Map<String, Object> row = this.jdbc.sql("""
				select ground_rules_enc, time_commitment_enc, scope_enc, rhythm_enc, communication_enc, goals_enc
				from agreement where pairing_id = :id
				""").param("id", this.pair.pairing.id().value()).query().singleRow();
		assertThat(row.values()).hasSize(6).allSatisfy((value) -> assertThat((String) value).startsWith("v2:"));
		assertThat(row.values().toString()).doesNotContain("candid", "hour", "Teaching", "five weeks", "Email",
				"grant");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"groundRules\": \"%2001\"}", "{\"scope\": \"a bell \\u0007 rings\"}",
			"{\"goals\": \"nul \\u0000 byte\"}", "{\"communication\": \"escape \\u001b[31m\"}",
			"{\"formats\": [\"CARRIER_PIGEON\"]}", "{\"formats\": [null]}", "{\"formats\": \"VIDEO\"}",
			"{\"confidentialityPledge\": \"maybe\"}", "{\"groundRules\": \"ok\", \"mentorAcknowledgedAt\": null}",
			"{\"updatedBy\": \"someone\"}", "not json", "[]" })
	void badInputIsRefusedAndNothingIsWritten(String body) throws Exception {
		save(this.pair.token(this.pair.mentee), body.replace("%2001", "x".repeat(2001)))
			.andExpect(status().isBadRequest());
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).recorded()).isFalse();
	}

	@Test
	void eachRuleNamesItsField() throws Exception {
		save(this.pair.token(this.pair.mentor), """
				{"groundRules": "%s", "scope": "bell \\u0007", "formats": ["VIDEO", "FAX"]}
				""".formatted("é".repeat(2001))).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'groundRules')].message")
				.value(org.hamcrest.Matchers.hasItem(containsString("at most 2000"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'scope')].message")
				.value(org.hamcrest.Matchers.hasItem(containsString("control characters"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'formats')]").isNotEmpty());
		save(this.pair.token(this.pair.mentor), """
				{"groundRules": "%s", "scope": "tabs\\tand\\nlines are fine"}
				""".formatted("é".repeat(2000))).andExpect(status().isOk());
	}

	@Test
	void anonymousCallersAreUnauthorized() throws Exception {
		this.mvc.perform(get(this.pair.apiPath())).andExpect(status().isUnauthorized());
		this.mvc.perform(put(this.pair.apiPath()).contentType("application/json").content(FULL))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post(this.pair.apiPath() + "/acknowledgements")).andExpect(status().isUnauthorized());
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).recorded()).isFalse();
	}

	@Test
	void strangersFindNothing() throws Exception {
		save(this.pair.token(this.pair.mentor), FULL).andExpect(status().isOk());
		String stranger = this.pair.token(this.pair.stranger());
		read(stranger).andExpect(status().isNotFound()).andExpect(content().string(not(containsString("candid"))));
		save(stranger, FULL.replace("candid", "nosy")).andExpect(status().isNotFound());
		acknowledge(stranger).andExpect(status().isNotFound());
		String mentorToken = this.pair.token(this.pair.mentor);
		this.mvc
			.perform(get("/api/v1/pairings/" + UUID.randomUUID() + "/agreement").header("Authorization", mentorToken))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/pairings/not-an-id/agreement").header("Authorization", mentorToken))
			.andExpect(status().isNotFound());
		read(mentorToken).andExpect(jsonPath("$.groundRules").value(GROUND_RULES))
			.andExpect(jsonPath("$.mentorAcknowledgedAt").value(nullValue()));
	}

	@Test
	void aClosedPairingsAgreementIsReadOnly() throws Exception {
		String mentorToken = this.pair.token(this.pair.mentor);
		save(mentorToken, FULL).andExpect(status().isOk());
		this.pair.close();
		save(mentorToken, FULL.replace("candid", "brief")).andExpect(status().isConflict());
		acknowledge(mentorToken).andExpect(status().isConflict());
		read(mentorToken).andExpect(status().isOk()).andExpect(jsonPath("$.groundRules").value(GROUND_RULES));
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).mentorAcknowledged()).isFalse();
	}

	@Test
	void thereIsNothingToAcknowledgeBeforeTheAgreementIsSavedWithThePledge() throws Exception {
		String menteeToken = this.pair.token(this.pair.mentee);
		acknowledge(menteeToken).andExpect(status().isConflict());
		save(menteeToken, "{\"confidentialityPledge\": true}").andExpect(status().isOk());
		acknowledge(menteeToken).andExpect(status().isConflict());
		save(menteeToken, FULL.replace("\"confidentialityPledge\": true", "\"confidentialityPledge\": false"))
			.andExpect(status().isOk());
		acknowledge(menteeToken).andExpect(status().isConflict()).andExpect(content().string(containsString("pledge")));
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).menteeAcknowledged()).isFalse();
	}

	@Test
	void statusesOfManyPairingsComeTogether() throws Exception {
		save(this.pair.token(this.pair.mentor), FULL).andExpect(status().isOk());
		acknowledge(this.pair.token(this.pair.mentor)).andExpect(status().isOk());
		PairingId none = PairingId.random();
		Map<PairingId, AgreementStatus> statuses = this.agreements.statusOf(List.of(this.pair.pairing.id(), none))
			.get();
		assertThat(statuses).containsOnlyKeys(this.pair.pairing.id(), none);
		assertThat(statuses.get(none)).isEqualTo(AgreementStatus.NONE);
		assertThat(statuses.get(this.pair.pairing.id()).mentorAcknowledged()).isTrue();
		assertThat(statuses.get(this.pair.pairing.id()).menteeAcknowledged()).isFalse();
		assertThat(this.agreements.statusOf(List.of()).get()).isEmpty();
	}

	@Test
	void anAcknowledgementNamesTheVersionReadAndAStaleOneIsRefused() throws Exception {
		String mentorToken = this.pair.token(this.pair.mentor);
		String menteeToken = this.pair.token(this.pair.mentee);
		save(mentorToken, FULL).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
		this.mvc.perform(post(this.pair.apiPath() + "/acknowledgements").header("Authorization", menteeToken))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("version"));
		acknowledge(menteeToken, "{}").andExpect(status().isBadRequest());
		// the mentor changes the text at the last second: the mentee read version 1
		save(mentorToken, FULL.replace("A first grant proposal", "Two grant proposals")).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		acknowledge(menteeToken, "{\"version\": 1}").andExpect(status().isConflict());
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).menteeAcknowledgedAt()).isNull();
		acknowledge(menteeToken, "{\"version\": 2}").andExpect(status().isOk())
			.andExpect(jsonPath("$.menteeAcknowledgedAt").isString());
	}

	private ResultActions read(String token) throws Exception {
		return this.mvc.perform(get(this.pair.apiPath()).header("Authorization", token));
	}

	private ResultActions save(String token, String body) throws Exception {
		return this.mvc.perform(
				put(this.pair.apiPath()).header("Authorization", token).contentType("application/json").content(body));
	}

	/**
	 * Acknowledges the version the caller reads now (0 for a caller who reads nothing).
	 */
	private ResultActions acknowledge(String token) throws Exception {
		String read = this.mvc.perform(get(this.pair.apiPath()).header("Authorization", token))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String version = read.matches("(?s).*\"version\"\\s*:\\s*\\d+.*")
				? read.replaceAll("(?s).*\"version\"\\s*:\\s*(\\d+).*", "$1") : "0";
		return acknowledge(token, "{\"version\": " + version + "}");
	}

	private ResultActions acknowledge(String token, String body) throws Exception {
		return this.mvc.perform(post(this.pair.apiPath() + "/acknowledgements").header("Authorization", token)
			.contentType("application/json")
			.content(body));
	}

}
