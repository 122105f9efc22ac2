package org.tandem.pairing;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.cadence.Absences;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Absences of either person pause the pairing and move its dates; partners may read each
 * other's profile.
 */
@IntegrationTest
class PairingAbsenceAndPartnerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Absences absences;

	@Autowired
	Fixtures fixtures;

	PairingTestSupport support;

	Program program;

	Person mentor;

	Person mentee;

	Pairing pairing;

	@BeforeEach
	void setUp() {
		this.support = new PairingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures);
		this.program = this.support.program();
		this.mentor = this.support.mentor(this.program, 1);
		this.mentee = this.support.mentee(this.program);
		this.pairing = this.support.pair(this.program, this.mentor, this.mentee, PairingTestSupport.today());
	}

	@Test
	void anAbsenceTodayPausesThePairingAndItsDaysMoveTheDates() throws Exception {
		LocalDate today = PairingTestSupport.today();
		this.pairings.recordContact(this.pairing.id(), today.minusDays(10));
		this.absences.announce(this.mentee.id().value(), today.minusDays(2), today.plusDays(2), null);

		this.mvc
			.perform(get("/api/v1/pairings/" + this.pairing.id()).header("Authorization",
					this.support.token(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cadence.state").value("PAUSED"))
			.andExpect(jsonPath("$.cadence.dueOn").value(today.minusDays(10).plusDays(28 + 5).toString()))
			.andExpect(jsonPath("$.cadence.overdueOn").value(today.minusDays(10).plusDays(43 + 5).toString()));
	}

	@Test
	void absencesShowInTheListsToo() throws Exception {
		LocalDate today = PairingTestSupport.today();
		this.absences.announce(this.mentor.id().value(), today, today.plusDays(1), null);

		this.mvc.perform(get("/api/v1/me/pairings").header("Authorization", this.support.token(this.mentee)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].cadence.state").value("PAUSED"));
	}

	@Test
	void partnersReadEachOthersProfileButNotOtherPeoples() throws Exception {
		String menteeToken = this.support.token(this.mentee);
		this.mvc.perform(get("/api/v1/people/" + this.mentor.id()).header("Authorization", menteeToken))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value(this.mentor.name()));
		Person otherMentor = this.support.mentor(this.program, 1);
		this.mvc.perform(get("/api/v1/people/" + otherMentor.id()).header("Authorization", menteeToken))
			.andExpect(status().isNotFound());
	}

}
