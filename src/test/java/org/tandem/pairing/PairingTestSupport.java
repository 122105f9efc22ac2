package org.tandem.pairing;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.PersonFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the pairing tests need: a program whose term started recently, people in roles,
 * pairings, tokens and signed-in sessions. Everything gets unique names.
 */
public final class PairingTestSupport {

	private final Programs programs;

	private final Pairings pairings;

	private final Fixtures fixtures;

	private final PersonFixtures people;

	public PairingTestSupport(MockMvc mvc, JdbcClient jdbc, Programs programs, Pairings pairings, Fixtures fixtures) {
		this.programs = programs;
		this.pairings = pairings;
		this.fixtures = fixtures;
		this.people = new PersonFixtures(jdbc, mvc);
	}

	public static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public static LocalDate today() {
		return LocalDate.now(java.time.Clock.systemUTC());
	}

	/**
	 * A program whose term started three months ago, with the default 28/42/7 rhythm.
	 */
	public Program program() {
		LocalDate startsOn = today().minusMonths(3);
		return this.programs.create(new Program.Settings(unique("Pairing program"), null, startsOn,
				startsOn.plusYears(1), 28, 42, 7, false));
	}

	public Person person(String name) {
		return this.fixtures.person(unique(name));
	}

	public Person admin() {
		return this.fixtures.admin(unique("Ada Admin"));
	}

	public Person committee(Program program) {
		return member(program, Role.COMMITTEE, "Cai Committee", 0);
	}

	public Person mentor(Program program, int capacity) {
		return member(program, Role.MENTOR, "Mia Mentor", capacity);
	}

	public Person mentee(Program program) {
		return member(program, Role.MENTEE, "Max Mentee", 0);
	}

	public Person member(Program program, Role role, String name, int capacity) {
		Person person = person(name);
		enroll(program, person, role, capacity);
		return person;
	}

	public void enroll(Program program, Person person, Role role, int capacity) {
		this.programs.enroll(program.id(), person.id().value(), role, capacity, Participant.Profile.empty());
	}

	/**
	 * A pairing started by an administrator through the service.
	 */
	public Pairing pair(Program program, Person mentor, Person mentee, LocalDate startedOn) {
		return this.pairings.start(program.id(), AsPrincipal.anAdministrator(),
				new NewPairing(mentor.id().value(), mentee.id().value(), startedOn));
	}

	public String token(Person person) throws Exception {
		return this.people.token(person);
	}

	public Cookie signIn(Person person) throws Exception {
		return this.people.signIn(person);
	}

}
