package org.tandem.agreement;

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
import org.tandem.support.Fixtures;
import org.tandem.support.PersonFixtures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fresh program with a mentor, a mentee, a committee member and their active pairing,
 * all with unique names; plus tokens and signed-in sessions for them.
 */
final class AgreementFixture {

	final Program program;

	final Person mentor;

	final Person mentee;

	final Person committee;

	final Pairing pairing;

	private final Pairings pairings;

	private final Fixtures fixtures;

	private final PersonFixtures people;

	AgreementFixture(MockMvc mvc, JdbcClient jdbc, Programs programs, Pairings pairings, Fixtures fixtures) {
		this.pairings = pairings;
		this.fixtures = fixtures;
		this.people = new PersonFixtures(jdbc, mvc);
		LocalDate startsOn = LocalDate.now(Clock.systemUTC()).minusMonths(1);
		this.program = programs.create(new Program.Settings(unique("Agreement program"), null, startsOn,
				startsOn.plusYears(1), 28, 42, 7, false));
		this.mentor = enrolled(programs, Role.MENTOR, "Mia Mentor", 2);
		this.mentee = enrolled(programs, Role.MENTEE, "Max Mentee", 0);
		this.committee = enrolled(programs, Role.COMMITTEE, "Cai Committee", 0);
		this.pairing = pairings.start(this.program.id(), administrator(),
				new NewPairing(this.mentor.id().value(), this.mentee.id().value(), startsOn));
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static TandemPrincipal administrator() {
		return new Caller(UUID.randomUUID(), "admin@example.org", true);
	}

	static TandemPrincipal as(Person person) {
		return new Caller(person.id().value(), person.email(), false);
	}

	String path() {
		return "/pairings/" + this.pairing.id() + "/agreement";
	}

	String apiPath() {
		return "/api/v1" + path();
	}

	Person stranger() {
		return this.fixtures.person(unique("Sam Stranger"));
	}

	Person admin() {
		return this.fixtures.admin(unique("Ada Admin"));
	}

	void close() {
		this.pairings.close(this.pairing.id(), as(this.committee), "The program ended for them");
	}

	String token(Person person) throws Exception {
		return this.people.token(person);
	}

	Cookie signIn(Person person) throws Exception {
		return this.people.signIn(person);
	}

	private Person enrolled(Programs programs, Role role, String name, int capacity) {
		Person person = this.fixtures.person(unique(name));
		programs.enroll(this.program.id(), person.id().value(), role, capacity, Participant.Profile.empty());
		return person;
	}

	record Caller(UUID personId, String email, boolean admin) implements TandemPrincipal {

	}

}
