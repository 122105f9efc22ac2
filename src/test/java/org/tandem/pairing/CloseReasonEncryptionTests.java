package org.tandem.pairing;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reason a pairing was closed is the pair's own words: the database holds only its
 * ciphertext, bound to the pairing, and the pair and the committee still read it.
 */
@IntegrationTest
class CloseReasonEncryptionTests {

	private static final String REASON = "Burnout after the reorganisation";

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

	PairingTestSupport support;

	Program program;

	Person mentor;

	Person committee;

	@BeforeEach
	void setUp() {
		this.support = new PairingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures);
		this.program = this.support.program();
		this.mentor = this.support.mentor(this.program, 2);
		this.committee = this.support.committee(this.program);
	}

	@Test
	void theReasonIsStoredOnlyAsCiphertextAndReadBackByThoseWhoSawItBefore() throws Exception {
		Pairing pairing = closedPairing(REASON);

		String stored = storedReason(pairing);
		assertThat(stored).startsWith("v2:").doesNotContain("Burnout").doesNotContain("reorganisation");
		for (Person viewer : new Person[] { this.mentor, this.committee }) {
			this.mvc.perform(get("/pairings/" + pairing.id()).cookie(this.support.signIn(viewer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(REASON)));
		}
	}

	@Test
	void aReasonCopiedFromAnotherPairingIsNotShown() throws Exception {
		Pairing source = closedPairing(REASON);
		Pairing target = closedPairing("We reached our goals");
		this.jdbc.sql("update pairing set close_reason_enc = :reason where id = :id")
			.param("reason", storedReason(source))
			.param("id", target.id().value())
			.update();

		Cookie session = this.support.signIn(this.committee);
		this.mvc.perform(get("/pairings/" + target.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Closed"), not(containsString(REASON)),
					not(containsString("We reached our goals")))));
	}

	private Pairing closedPairing(String reason) {
		Pairing pairing = this.support.pair(this.program, this.mentor, this.support.mentee(this.program),
				PairingTestSupport.today());
		return this.pairings.close(pairing.id(), new AsPrincipal(this.mentor.id().value(), "", false), reason);
	}

	private String storedReason(Pairing pairing) {
		return this.jdbc.sql("select close_reason_enc from pairing where id = :id")
			.param("id", pairing.id().value())
			.query(String.class)
			.single();
	}

}
