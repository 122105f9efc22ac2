package org.tandem.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.security.TandemPrincipal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two pairs in one fresh program with its committee, plus an administrator and a
 * stranger: everyone a test of the pair's texts needs (the pair, the partner, another
 * pair, the committee, an administrator). Everything gets unique names. A test gets one
 * from {@link PairWorlds#create()} in its {@code @BeforeEach}.
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

	private final MockMvc mvc;

	private final Programs programs;

	private final Pairings pairings;

	private final Fixtures fixtures;

	private final PersonFixtures people;

	private final Map<UUID, String> tokens = new HashMap<>();

	public PairWorld(MockMvc mvc, JdbcClient jdbc, Programs programs, Pairings pairings, Fixtures fixtures) {
		this.mvc = mvc;
		this.programs = programs;
		this.pairings = pairings;
		this.fixtures = fixtures;
		this.people = new PersonFixtures(jdbc, mvc);
		this.program = programs.create(settings("Pair program", today().minusMonths(3)));
		this.mentor = member(this.program, Role.MENTOR, "Mia Mentor", 1);
		this.mentee = member(this.program, Role.MENTEE, "Max Mentee", 0);
		this.otherMentor = member(this.program, Role.MENTOR, "Ola Othermentor", 1);
		this.otherMentee = member(this.program, Role.MENTEE, "Oli Othermentee", 0);
		this.committee = member(this.program, Role.COMMITTEE, "Cai Committee", 0);
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

	/**
	 * The settings of a year-long program under a unique name, with the cadence every
	 * test program has (28 to 42 days, a reminder 7 days ahead).
	 */
	public static Program.Settings settings(String name, LocalDate startsOn) {
		return new Program.Settings(unique(name), null, startsOn, startsOn.plusYears(1), 28, 42, 7, false);
	}

	/**
	 * A second program, started when this world's was: no one of this world takes part.
	 */
	public Program anotherProgram(String name) {
		return this.programs.create(settings(name, this.program.startsOn()));
	}

	/** A new person (unique name) with the role in the program. */
	public Person member(Program program, Role role, String name) {
		return member(program, role, name, 0);
	}

	private Person member(Program program, Role role, String name, int capacity) {
		Person person = this.fixtures.person(unique(name));
		this.programs.enroll(program.id(), person.id().value(), role, capacity, Participant.Profile.empty());
		return person;
	}

	/** The pair's pairing closed by one of the pair. */
	public void close(Person by, String reason) {
		this.pairings.close(this.pairing.id(), as(by), reason);
	}

	/** The person as a principal, for calling services directly. */
	public static TandemPrincipal as(Person person) {
		return new Caller(person.id().value(), person.email(), false);
	}

	/**
	 * The value of an Authorization header for the person ("Bearer ..."), made once per
	 * world.
	 */
	public String token(Person person) throws Exception {
		String token = this.tokens.get(person.id().value());
		if (token == null) {
			token = this.people.token(person);
			this.tokens.put(person.id().value(), token);
		}
		return token;
	}

	/**
	 * The request sent to the API as the person (their bearer token), with the JSON body
	 * if there is one.
	 */
	public ResultActions api(MockHttpServletRequestBuilder request, Person as, @Nullable String json) throws Exception {
		request.header(HttpHeaders.AUTHORIZATION, token(as));
		if (json != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return this.mvc.perform(request);
	}

	/** A signed-in session of the person, for pages. */
	public Cookie signIn(Person person) throws Exception {
		return this.people.signIn(person);
	}

	record Caller(UUID personId, String email, boolean admin) implements TandemPrincipal {

	}

}
