package org.tandem.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;
import org.tandem.person.Person;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Programs, roles, tokens and signed-in sessions for the people tests. Programs are
 * written with plain SQL, so these tests do not depend on the program feature's API.
 */
public final class PersonFixtures {

	private final JdbcClient jdbc;

	private final MockMvc mvc;

	public PersonFixtures(JdbcClient jdbc, MockMvc mvc) {
		this.jdbc = jdbc;
		this.mvc = mvc;
	}

	public UUID program() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into program (id, name, starts_on, ends_on, created_at)
				values (:id, :name, :starts, :ends, :now)
				""")
			.param("id", id)
			.param("name", "Program " + id)
			.param("starts", LocalDate.of(2026, 1, 1))
			.param("ends", LocalDate.of(2026, 12, 31))
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	/**
	 * Gives the person an active role in the program.
	 */
	public void enroll(UUID program, Person person, String role) {
		this.jdbc.sql("""
				insert into participant (id, program_id, person_id, role, status, created_at)
				values (:id, :program, :person, :role, 'ACTIVE', :now)
				""")
			.param("id", UUID.randomUUID())
			.param("program", program)
			.param("person", person.id().value())
			.param("role", role)
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

	public String token(Person person) throws Exception {
		// from an address of its own, so that a test that locked the default address out
		// (the address throttle) cannot fail this one
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String address = "100.64." + random.nextInt(256) + "." + random.nextInt(1, 255);
		String body = this.mvc.perform(post("/api/v1/tokens").contentType("application/json")
			.content("{\"email\":\"" + person.email() + "\",\"password\":\"" + Fixtures.PASSWORD + "\"}")
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})).andReturn().getResponse().getContentAsString();
		String token = body.replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		assertThat(token).isNotEqualTo(body);
		return "Bearer " + token;
	}

	/**
	 * Signs the person in through the login form and returns their session cookie.
	 */
	public Cookie signIn(Person person) throws Exception {
		Cookie cookie = this.mvc
			.perform(post("/login").param("email", person.email()).param("password", Fixtures.PASSWORD).with(csrf()))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(cookie).isNotNull();
		return cookie;
	}

}
