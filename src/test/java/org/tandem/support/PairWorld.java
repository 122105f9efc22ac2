package org.tandem.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two pairs in one fresh program with its committee, plus an administrator and a
 * stranger: everyone a test of the pair's texts needs (the pair, the partner, another
 * pair, the committee, an administrator). Everything gets unique names.
 */
public final class PairWorld {

	/** Acts for the committee where a test only needs the pairings made. */
	public static final TandemPrincipal ADMINISTRATOR = new Caller(UUID.randomUUID(), "admin@example.org", true);

	public final Program program;

	public final Person mentor;

	public final Person mentee;

	public final Person otherMentor;

	public final Person otherMentee;

	public final Person committee;

	public final Person admin;

	public final Person stranger;

	public final Pairing pairing;

	public final Pairing otherPairing;

	private final Programs programs;

	private final Fixtures fixtures;

	private final PersonFixtures people;

	public PairWorld(MockMvc mvc, JdbcClient jdbc, Programs programs, Pairings pairings, Fixtures fixtures) {
		this.programs = programs;
		this.fixtures = fixtures;
		this.people = new PersonFixtures(jdbc, mvc);
		LocalDate startsOn = today().minusMonths(3);
		this.program = programs.create(
				new Program.Settings(unique("Pair program"), null, startsOn, startsOn.plusYears(1), 28, 42, 7, false));
		this.mentor = member(Role.MENTOR, "Mia Mentor", 1);
		this.mentee = member(Role.MENTEE, "Max Mentee", 0);
		this.otherMentor = member(Role.MENTOR, "Ola Othermentor", 1);
		this.otherMentee = member(Role.MENTEE, "Oli Othermentee", 0);
		this.committee = member(Role.COMMITTEE, "Cai Committee", 0);
		this.admin = fixtures.admin(unique("Ada Admin"));
		this.stranger = fixtures.person(unique("Sam Stranger"));
		LocalDate startedOn = today().minusDays(10);
		this.pairing = pairings.start(this.program.id(), ADMINISTRATOR,
				new NewPairing(this.mentor.id().value(), this.mentee.id().value(), startedOn));
		this.otherPairing = pairings.start(this.program.id(), ADMINISTRATOR,
				new NewPairing(this.otherMentor.id().value(), this.otherMentee.id().value(), startedOn));
	}

	public static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	public static LocalDate today() {
		return LocalDate.now(Clock.systemUTC());
	}

	private Person member(Role role, String name, int capacity) {
		Person person = this.fixtures.person(unique(name));
		this.programs.enroll(this.program.id(), person.id().value(), role, capacity, Participant.Profile.empty());
		return person;
	}

	/** The person as a principal, for calling services directly. */
	public static TandemPrincipal as(Person person) {
		return new Caller(person.id().value(), person.email(), false);
	}

	/** The value of an Authorization header for the person ("Bearer ..."). */
	public String token(Person person) throws Exception {
		return this.people.token(person);
	}

	/** A signed-in session of the person, for pages. */
	public Cookie signIn(Person person) throws Exception {
		return this.people.signIn(person);
	}

	record Caller(UUID personId, String email, boolean admin) implements TandemPrincipal {

	}

}
