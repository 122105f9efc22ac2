package org.tandem.resource;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agreement page shows the pair the program's tip on expectations, each their own,
 * while they write and acknowledge the agreement; not once both acknowledged it, not on a
 * closed pairing, never to the committee.
 */
@IntegrationTest
class AgreementTipTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	PairWorld world;

	String agreement;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.agreement = "/pairings/" + this.world.pairing.id() + "/agreement";
	}

	@Test
	void eachMemberSeesTheirOwnExpectationsTipUntilBothAcknowledged() throws Exception {
		Cookie mentor = this.world.signIn(this.world.mentor);
		Cookie mentee = this.world.signIn(this.world.mentee);
		String resources = "/programs/" + this.world.program.id() + "/resources#tip-";
		this.mvc.perform(get(this.agreement).cookie(mentor))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tip: Settle how you will work together"),
					containsString("href=\"" + resources), not(containsString("Say what you hope for")))));
		this.mvc.perform(get(this.agreement).cookie(mentee))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tip: Say what you hope for"),
					not(containsString("Settle how you will work together")))));
		this.mvc.perform(get(this.agreement).cookie(this.world.signIn(this.world.committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Tip:"))));

		this.mvc
			.perform(post(this.agreement).param("groundRules", "We listen first")
				.param("formats", "WALKING")
				.param("confidentialityPledge", "true")
				.param("version", "0")
				.cookie(mentor)
				.with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(post(this.agreement + "/acknowledgements").param("version", "1").cookie(mentor).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get(this.agreement).cookie(mentee))
			.andExpect(content().string(containsString("Tip: Say what you hope for")));
		this.mvc.perform(post(this.agreement + "/acknowledgements").param("version", "1").cookie(mentee).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get(this.agreement).cookie(mentee))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Tip:"))));
	}

	@Test
	void aClosedPairingsAgreementShowsNoTip() throws Exception {
		this.world.close(this.world.mentor, "Done.");
		this.mvc.perform(get(this.agreement).cookie(this.world.signIn(this.world.mentee)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Tip:"))));
	}

}
