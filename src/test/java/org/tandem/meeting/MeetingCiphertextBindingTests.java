package org.tandem.meeting;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tandem.pairing.Pairings;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A meeting's ciphertexts are bound to their row: someone who can write to the database
 * and copies another pair's agenda into their own meeting does not get Tandem to decrypt
 * it for them.
 */
@IntegrationTest
class MeetingCiphertextBindingTests {

	private static final String SECRET = "Leaving the company in May";

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

	@Test
	void anAgendaCopiedFromAnotherPairsMeetingIsWithheld() throws Exception {
		LocalDate today = MeetingTestSupport.today();
		MeetingTestSupport victim = pair(today);
		MeetingTestSupport attacker = pair(today);
		UUID source = log(victim, "\"agenda\": \"" + SECRET + "\"");
		UUID target = log(attacker, "\"agenda\": \"Our own agenda\", \"place\": \"Library\"");

		this.jdbc
			.sql("update meeting set agenda_enc = (select agenda_enc from meeting where id = :source)"
					+ " where id = :target")
			.param("source", source)
			.param("target", target)
			.update();

		this.mvc.perform(get(attacker.path()).header(HttpHeaders.AUTHORIZATION, attacker.token(attacker.mentee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(target.toString()))
			.andExpect(jsonPath("$.items[0].agenda").doesNotExist())
			.andExpect(jsonPath("$.items[0].place").value("Library"))
			.andExpect(content().string(not(containsString(SECRET))));
		this.mvc.perform(get(victim.path()).header(HttpHeaders.AUTHORIZATION, victim.token(victim.mentor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].agenda").value(SECRET));
	}

	private MeetingTestSupport pair(LocalDate today) {
		return new MeetingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures,
				today.minusDays(30));
	}

	private UUID log(MeetingTestSupport pair, String texts) throws Exception {
		String body = this.mvc
			.perform(post(pair.path()).header(HttpHeaders.AUTHORIZATION, pair.token(pair.mentor))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"occurredOn\": \"%s\", \"format\": \"VIDEO\", %s}"
					.formatted(MeetingTestSupport.today().minusDays(1), texts)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return UUID.fromString(body.replaceAll("^\\{\"id\":\"([^\"]+)\".*$", "$1"));
	}

}
