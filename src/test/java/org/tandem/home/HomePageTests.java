package org.tandem.home;

import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PersonFixtures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	PersonFixtures people;

	@BeforeEach
	void setUp() {
		this.people = new PersonFixtures(this.jdbc, this.mvc);
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void committeeMemberIsAskedToEnrollPeopleInTheirProgram() throws Exception {
		Person member = this.fixtures.person("Hana Committee");
		UUID program = this.people.program();
		this.people.enroll(program, member, "COMMITTEE");

		this.mvc.perform(get("/").cookie(this.people.signIn(member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enroll mentors and mentees")))
			.andExpect(content().string(containsString("href=\"/programs/" + program + "\"")))
			.andExpect(content().string(containsString("<a href=\"/people\"")));
	}

	@Test
	void menteeWithoutProfileIsAskedToCompleteIt() throws Exception {
		Person mentee = this.fixtures.person("Ivo Mentee");
		this.people.enroll(this.people.program(), mentee, "MENTEE");
		Cookie session = this.people.signIn(mentee);

		this.mvc.perform(get("/").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Complete your profile")))
			.andExpect(content().string(not(containsString("Enroll mentors and mentees"))))
			.andExpect(content().string(not(containsString("<a href=\"/people\""))));
	}

	@Test
	void personWithoutAnyRoleIsPointedAtThePrograms() throws Exception {
		Person newcomer = this.fixtures.person("Jun Newcomer");

		this.mvc.perform(get("/").cookie(this.people.signIn(newcomer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Look at the programs")))
			.andExpect(content().string(containsString("Welcome, Jun Newcomer")));
	}

}
