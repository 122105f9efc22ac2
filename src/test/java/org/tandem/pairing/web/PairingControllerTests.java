package org.tandem.pairing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.AsPrincipal;
import org.tandem.pairing.CadenceWords;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.PairingTestSupport;
import org.tandem.pairing.Pairings;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "My pairings" and one pairing's page, with its close form.
 */
@IntegrationTest
class PairingControllerTests {

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

	Person mentee;

	Pairing pairing;

	@BeforeEach
	void setUp() {
		this.support = new PairingTestSupport(this.mvc, this.jdbc, this.programs, this.pairings, this.fixtures);
		this.program = this.support.program();
		this.mentor = this.support.mentor(this.program, 2);
		this.mentee = this.support.mentee(this.program);
		this.pairing = this.support.pair(this.program, this.mentor, this.mentee, PairingTestSupport.today());
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		for (String path : List.of("/pairings", "/pairings/" + this.pairing.id(),
				"/programs/" + this.program.id() + "/pairings")) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(post("/pairings/" + this.pairing.id() + "/close").param("reason", "x").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(this.pairings.find(this.pairing.id()).orElseThrow().closed()).isFalse();
	}

	@Test
	void theMentorIsAskedToIntroduceThemselfByTheFirstContactDay() throws Exception {
		String by = CadenceWords.day(PairingTestSupport.today().plusDays(7));
		this.mvc.perform(get("/pairings").cookie(this.support.signIn(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("My pairings"),
					containsString("href=\"/people/" + this.mentee.id() + "\""), containsString(this.mentee.name()),
					containsString(this.program.name()), containsString("Waiting for the first contact"),
					containsString("Introduce yourself to " + this.mentee.name() + " by " + by))));
		this.mvc.perform(get("/pairings").cookie(this.support.signIn(this.mentee)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(this.mentor.name() + " will get in touch by " + by),
					containsString("href=\"/people/" + this.mentor.id() + "\""))));
	}

	@Test
	void myPairingsSayWhenContactIsDueOverdueOrClosed() throws Exception {
		LocalDate today = PairingTestSupport.today();
		this.pairings.recordContact(this.pairing.id(), today.minusDays(30));
		Person overdueMentee = this.support.mentee(this.program);
		Pairing overdue = this.support.pair(this.program, this.mentor, overdueMentee, today.minusDays(80));
		this.pairings.recordContact(overdue.id(), today.minusDays(60));
		Cookie session = this.support.signIn(this.mentor);
		this.mvc.perform(get("/pairings").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Due: get in touch by " + CadenceWords.day(today.minusDays(30).plusDays(42))),
							containsString("Overdue since " + CadenceWords.day(today.minusDays(60).plusDays(43))))));
		this.pairings.close(overdue.id(), new AsPrincipal(this.mentor.id().value(), "", false), "Ended");
		this.mvc.perform(get("/pairings").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Closed"), not(containsString("Overdue since")))));
	}

	@Test
	void someoneWithoutPairingsIsToldSo() throws Exception {
		this.mvc.perform(get("/pairings").cookie(this.support.signIn(this.support.person("Nora Nobody"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You have no pairings yet")));
	}

	@Test
	void thePairingPageShowsThePartnerToThePairAndBothToTheCommittee() throws Exception {
		String path = "/pairings/" + this.pairing.id();
		this.mvc.perform(get(path).cookie(this.support.signIn(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Your pairing with " + this.mentee.name()),
					containsString("Mentee: <a href=\"/people/" + this.mentee.id()),
					containsString(this.mentee.email()), containsString("href=\"" + path + "/close\""),
					containsString("Introduce yourself"))));
		this.mvc.perform(get(path + "/close").cookie(this.support.signIn(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Close your pairing with " + this.mentee.name()),
					containsString("Close the pairing"), containsString("name=\"reason\""))));
		Person committee = this.support.committee(this.program);
		this.mvc.perform(get(path).cookie(this.support.signIn(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Mentor: <a href=\"/people/" + this.mentor.id()),
					containsString("Mentee: <a href=\"/people/" + this.mentee.id()),
					containsString("href=\"" + path + "/close\""))));
		this.mvc.perform(get(path + "/close").cookie(this.support.signIn(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Close the pairing of " + this.mentor.name())));
		this.mvc.perform(get(path).cookie(this.support.signIn(this.support.admin()))).andExpect(status().isOk());
	}

	@Test
	void strangersAndOtherPairsDoNotFindThePairingPage() throws Exception {
		String path = "/pairings/" + this.pairing.id();
		Person otherMentee = this.support.mentee(this.program);
		for (Person stranger : List.of(this.support.person("Sam Stranger"), otherMentee,
				this.support.committee(this.support.program()))) {
			Cookie session = this.support.signIn(stranger);
			this.mvc.perform(get(path).cookie(session)).andExpect(status().isNotFound());
			this.mvc.perform(get(path + "/close").cookie(session)).andExpect(status().isNotFound());
			this.mvc.perform(post(path + "/close").param("reason", "Nosy").cookie(session).with(csrf()))
				.andExpect(status().isNotFound());
		}
		Cookie session = this.support.signIn(this.mentor);
		this.mvc.perform(get("/pairings/" + UUID.randomUUID()).cookie(session)).andExpect(status().isNotFound());
		this.mvc.perform(get("/pairings/not-an-id").cookie(session)).andExpect(status().isNotFound());
		assertThat(this.pairings.find(this.pairing.id()).orElseThrow().closed()).isFalse();
	}

	@Test
	void aMemberClosesThePairingWithAReason() throws Exception {
		String path = "/pairings/" + this.pairing.id();
		Cookie session = this.support.signIn(this.mentee);
		this.mvc.perform(post(path + "/close").param("reason", "  ").cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reason must not be blank")));
		this.mvc.perform(post(path + "/close").param("reason", "y".repeat(1001)).cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Reason must be at most 1000 characters")));
		assertThat(this.pairings.find(this.pairing.id()).orElseThrow().closed()).isFalse();

		this.mvc.perform(post(path + "/close").param("reason", "We reached our goals").cookie(session).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(path));
		this.mvc.perform(get(path).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("We reached our goals"), containsString("Closed"),
					not(containsString(path + "/close")))));
		this.mvc.perform(post(path + "/close").param("reason", "Again").cookie(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This pairing is closed already.")));
	}

}
