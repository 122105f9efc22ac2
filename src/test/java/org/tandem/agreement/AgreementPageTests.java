package org.tandem.agreement;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agreement page: the pair writes and acknowledges, the committee sees who did.
 */
@IntegrationTest
class AgreementPageTests {

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
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get(this.pair.path())).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(filled(post(this.pair.path())).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post(this.pair.path() + "/acknowledgements").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).recorded()).isFalse();
	}

	@Test
	void thePairWritesTheAgreementAndBothAcknowledgeIt() throws Exception {
		Cookie mentor = this.pair.signIn(this.pair.mentor);
		this.mvc.perform(get(this.pair.path()).cookie(mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ground rules"), containsString("every 4 to 6 weeks"),
					containsString("Saving a change clears both acknowledgements"), containsString("value=\"WALKING\""),
					not(containsString("I acknowledge this agreement")))));
		this.mvc.perform(filled(post(this.pair.path())).param("version", "0").cookie(mentor).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.pair.path()))
			.andExpect(flash().attribute("flash", containsString("saved")));
		this.mvc.perform(get(this.pair.path()).cookie(mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("We listen first"),
					containsString("name=\"version\" value=\"1\""), containsString("I acknowledge this agreement"))));
		this.mvc.perform(post(this.pair.path() + "/acknowledgements").param("version", "1").cookie(mentor).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.pair.path()));
		Cookie mentee = this.pair.signIn(this.pair.mentee);
		this.mvc.perform(get(this.pair.path()).cookie(mentee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("We listen first"), containsString("Acknowledged <time"),
					containsString("Not acknowledged yet"))));
		this.mvc.perform(post(this.pair.path() + "/acknowledgements").param("version", "1").cookie(mentee).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get(this.pair.path()).cookie(mentee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("You have acknowledged this version"),
					not(containsString("Not acknowledged yet")))));
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).acknowledged()).isTrue();
	}

	@Test
	void anAcknowledgementOfAnOlderVersionIsRefused() throws Exception {
		Cookie mentor = this.pair.signIn(this.pair.mentor);
		this.mvc.perform(filled(post(this.pair.path())).cookie(mentor).with(csrf())).andExpect(status().isFound());
		this.mvc.perform(filled(post(this.pair.path())).param("goals", "Something else").cookie(mentor).with(csrf()))
			.andExpect(status().isFound());
		this.mvc
			.perform(post(this.pair.path() + "/acknowledgements").param("version", "1")
				.cookie(this.pair.signIn(this.pair.mentee))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("The agreement changed since you read it")));
		this.mvc.perform(filled(post(this.pair.path())).param("version", "1").cookie(mentor).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Your partner changed the agreement")));
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).menteeAcknowledged()).isFalse();
	}

	@Test
	void eachBrokenRuleIsShownNextToItsFieldAndNothingIsSaved() throws Exception {
		this.mvc
			.perform(filled(post(this.pair.path())).param("scope", "x".repeat(2001))
				.param("communication", "bell \u0007")
				.param("formats", "FAX")
				.cookie(this.pair.signIn(this.pair.mentee))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Please correct the following"),
					containsString("Scope must be at most 2000 characters"),
					containsString("Communication preferences must not contain control characters"),
					containsString("Preferred formats must only name the formats"),
					containsString("We listen first"))));
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).recorded()).isFalse();
	}

	@Test
	void theCommitteeSeesWhoAcknowledgedButNeverTheText() throws Exception {
		Cookie mentor = this.pair.signIn(this.pair.mentor);
		this.mvc.perform(filled(post(this.pair.path())).cookie(mentor).with(csrf())).andExpect(status().isFound());
		this.mvc.perform(post(this.pair.path() + "/acknowledgements").param("version", "1").cookie(mentor).with(csrf()))
			.andExpect(status().isFound());
		for (Person viewer : new Person[] { this.pair.committee, this.pair.admin() }) {
			this.mvc.perform(get(this.pair.path()).cookie(this.pair.signIn(viewer)))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(this.pair.mentor.name() + " (mentor)"),
						containsString("Acknowledged <time"), containsString("Not acknowledged yet"),
						containsString("confidential to them"), not(containsString("We listen first")),
						not(containsString("Monthly lunch")), not(containsString("Save the agreement")))));
		}
		Cookie committee = this.pair.signIn(this.pair.committee);
		this.mvc
			.perform(filled(post(this.pair.path())).param("goals", "Committee goals").cookie(committee).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.pair.path() + "/acknowledgements").cookie(committee).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.pair.path()).cookie(mentor))
			.andExpect(content().string(not(containsString("Committee goals"))));
	}

	@Test
	void strangersFindNoSuchPage() throws Exception {
		Cookie stranger = this.pair.signIn(this.pair.stranger());
		this.mvc.perform(get(this.pair.path()).cookie(stranger)).andExpect(status().isNotFound());
		this.mvc.perform(filled(post(this.pair.path())).cookie(stranger).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/pairings/not-an-id/agreement").cookie(stranger)).andExpect(status().isNotFound());
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).recorded()).isFalse();
	}

	@Test
	void aClosedPairingsAgreementIsShownReadOnly() throws Exception {
		Cookie mentee = this.pair.signIn(this.pair.mentee);
		this.mvc.perform(filled(post(this.pair.path())).cookie(mentee).with(csrf())).andExpect(status().isFound());
		this.pair.close();
		this.mvc.perform(get(this.pair.path()).cookie(mentee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This pairing is closed"),
					containsString("We listen first"), not(containsString("Save the agreement")),
					not(containsString("I acknowledge this agreement")))));
		this.mvc.perform(filled(post(this.pair.path())).param("goals", "Late goals").cookie(mentee).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("its agreement can no longer be changed")));
		this.mvc.perform(post(this.pair.path() + "/acknowledgements").cookie(mentee).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(this.agreements.statusOf(this.pair.pairing.id()).menteeAcknowledged()).isFalse();
	}

	private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request) {
		return request.param("groundRules", "We listen first\r\nand speak frankly.")
			.param("timeCommitment", "An hour a month")
			.param("scope", "Research and teaching")
			.param("rhythm", "Every five weeks")
			.param("formats", "LUNCH", "WALKING")
			.param("communication", "Monthly lunch, email in between")
			.param("goals", "A first grant")
			.param("confidentialityPledge", "true");
	}

}
