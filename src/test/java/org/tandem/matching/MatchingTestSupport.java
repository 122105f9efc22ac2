package org.tandem.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.PersonFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;

/**
 * What the matching tests need: a program, people in roles with profiles, supervisors,
 * tokens and sessions. Everything gets unique names.
 */
final class MatchingTestSupport {

	private final Programs programs;

	private final Fixtures fixtures;

	private final PersonFixtures people;

	private final JdbcClient jdbc;

	private final MockMvc mvc;

	MatchingTestSupport(MockMvc mvc, JdbcClient jdbc, Programs programs, Fixtures fixtures) {
		this.mvc = mvc;
		this.programs = programs;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.people = new PersonFixtures(jdbc, mvc);
	}

	/**
	 * Presses the program page's "Run matching" button as the signed-in committee member
	 * and returns the id of the draft run it leads to.
	 */
	String startRunOnPage(Program program, Cookie committee) throws Exception {
		String location = this.mvc
			.perform(post("/programs/" + program.id() + "/matching-runs").param("mode", "OPTIMAL")
				.cookie(committee)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/matching-runs/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring(location.lastIndexOf('/') + 1);
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	Program program() {
		LocalDate startsOn = LocalDate.now().minusMonths(1);
		return this.programs.create(new Program.Settings(unique("Matching program"), null, startsOn,
				startsOn.plusYears(1), 28, 42, 7, false));
	}

	Person person(String name) {
		return this.fixtures.person(unique(name));
	}

	Person admin() {
		return this.fixtures.admin(unique("Ada Admin"));
	}

	Person committee(Program program) {
		Person person = person("Cai Committee");
		this.programs.enroll(program.id(), person.id().value(), Role.COMMITTEE, 0, Participant.Profile.empty());
		return person;
	}

	Person mentor(Program program, int capacity, String... expertise) {
		Person person = person("Mia Mentor");
		this.programs.enroll(program.id(), person.id().value(), Role.MENTOR, capacity,
				new Participant.Profile(List.of(expertise), List.of(), null, List.of(), null, List.of()));
		return person;
	}

	Person mentee(Program program, String... interests) {
		Person person = person("Max Mentee");
		enrollMentee(program, person, interests);
		return person;
	}

	void enrollMentee(Program program, Person person, String... interests) {
		this.programs.enroll(program.id(), person.id().value(), Role.MENTEE, 0,
				new Participant.Profile(List.of(), List.of(interests), null, List.of(), null, List.of()));
	}

	void supervise(Person boss, Person worker) {
		this.jdbc.sql("update person set supervisor_id = :boss where id = :worker")
			.param("boss", boss.id().value())
			.param("worker", worker.id().value())
			.update();
	}

	void department(Person person, @Nullable String department) {
		this.jdbc.sql("update person set department = :department where id = :id")
			.param("department", department)
			.param("id", person.id().value())
			.update();
	}

	int activePairings(Program program) {
		return this.jdbc.sql("select count(*) from pairing where program_id = :id and status = 'ACTIVE'")
			.param("id", program.id().value())
			.query(Integer.class)
			.single();
	}

	int runs(Program program) {
		return this.jdbc.sql("select count(*) from matching_run where program_id = :id")
			.param("id", program.id().value())
			.query(Integer.class)
			.single();
	}

	String token(Person person) throws Exception {
		return this.people.token(person);
	}

	Cookie signIn(Person person) throws Exception {
		return this.people.signIn(person);
	}

}
