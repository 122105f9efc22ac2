package org.tandem.meeting;

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
 * A pairing of a mentor and a mentee in a fresh program with its committee, as the
 * meeting tests need it. Everything gets unique names.
 */
final class MeetingTestSupport {

	final Program program;

	final Person mentor;

	final Person mentee;

	final Person committee;

	final Pairing pairing;

	private final Programs programs;

	private final Pairings pairings;

	private final Fixtures fixtures;

	private final PersonFixtures people;

	private final JdbcClient jdbc;

	MeetingTestSupport(MockMvc mvc, JdbcClient jdbc, Programs programs, Pairings pairings, Fixtures fixtures,
			LocalDate startedOn) {
		this.programs = programs;
		this.pairings = pairings;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.people = new PersonFixtures(jdbc, mvc);
		LocalDate startsOn = today().minusMonths(3);
		this.program = programs.create(new Program.Settings(unique("Meeting program"), null, startsOn,
				startsOn.plusYears(1), 28, 42, 7, false));
		this.mentor = member(Role.MENTOR, "Mia Mentor", 1);
		this.mentee = member(Role.MENTEE, "Max Mentee", 0);
		this.committee = member(Role.COMMITTEE, "Cai Committee", 0);
		this.pairing = pairings.start(this.program.id(), ADMINISTRATOR,
				new NewPairing(this.mentor.id().value(), this.mentee.id().value(), startedOn));
	}

	static final TandemPrincipal ADMINISTRATOR = new Caller(UUID.randomUUID(), "admin@example.org", true);

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static LocalDate today() {
		return LocalDate.now(Clock.systemUTC());
	}

	private Person member(Role role, String name, int capacity) {
		Person person = this.fixtures.person(unique(name));
		this.programs.enroll(this.program.id(), person.id().value(), role, capacity, Participant.Profile.empty());
		return person;
	}

	Person stranger() {
		return this.fixtures.person(unique("Sam Stranger"));
	}

	Person admin() {
		return this.fixtures.admin(unique("Ada Admin"));
	}

	void close() {
		// a member closes it: the closer is recorded and must be a real person
		this.pairings.close(this.pairing.id(), new Caller(this.mentor.id().value(), this.mentor.email(), false),
				"The pair moved on.");
	}

	String path() {
		return "/api/v1/pairings/" + this.pairing.id() + "/meetings";
	}

	long meetingCount() {
		return this.jdbc.sql("select count(*) from meeting where pairing_id = :id")
			.param("id", this.pairing.id().value())
			.query(Long.class)
			.single();
	}

	String token(Person person) throws Exception {
		return this.people.token(person);
	}

	Cookie signIn(Person person) throws Exception {
		return this.people.signIn(person);
	}

	record Caller(UUID personId, String email, boolean admin) implements TandemPrincipal {

	}

}
