package org.tandem.program;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.tandem.person.Person;
import org.tandem.support.Fixtures;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the program tests need: programs with a unique name, people in roles, bearer
 * tokens and signed-in sessions.
 */
final class ProgramTestSupport {

	private final MockMvc mvc;

	private final Programs programs;

	private final Fixtures fixtures;

	ProgramTestSupport(MockMvc mvc, Programs programs, Fixtures fixtures) {
		this.mvc = mvc;
		this.programs = programs;
		this.fixtures = fixtures;
	}

	static String uniqueName(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	Program program(boolean enrollmentOpen) {
		return this.programs.create(new Program.Settings(uniqueName("Program"), null, LocalDate.of(2026, 9, 1),
				LocalDate.of(2027, 6, 30), 28, 42, 7, enrollmentOpen));
	}

	/**
	 * A program whose term starts later than any other test's, so it comes first in the
	 * lists (newest term first) however many programs the database holds.
	 */
	Program latestProgram(boolean enrollmentOpen) {
		LocalDate startsOn = LocalDate.of(2200, 1, 1)
			.plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(36500));
		return this.programs.create(new Program.Settings(uniqueName("Latest program"), null, startsOn,
				startsOn.plusYears(1), 28, 42, 7, enrollmentOpen));
	}

	/**
	 * A new person who is an active participant of the program in this role.
	 */
	Person member(Program program, Role role, String name) {
		Person person = this.fixtures.person(name);
		this.programs.enroll(program.id(), person.id().value(), role, role == Role.MENTOR ? 2 : 0,
				Participant.Profile.empty());
		return person;
	}

	String token(Person person) throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"" + person.email() + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return "Bearer " + body.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	Cookie signIn(Person person) throws Exception {
		Cookie session = this.mvc
			.perform(post("/login").param("email", person.email()).param("password", Fixtures.PASSWORD).with(csrf()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		if (session == null) {
			throw new IllegalStateException("Sign-in gave no session cookie");
		}
		return session;
	}

}
