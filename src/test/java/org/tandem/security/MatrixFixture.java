package org.tandem.security;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.tandem.cadence.Absences;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.People;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.shared.security.TandemPrincipal;
import org.tandem.support.Fixtures;
import org.tandem.support.PersonFixtures;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The world of the authorization matrix, built once per run: program P1 with committee
 * member C, the pair M (mentor) and E (mentee), a second pair M2/E2 and an unpaired
 * mentor and mentee for matching runs; program P2 with its own committee member C2 and
 * unpaired people; an administrator A. Each pair's confidential texts carry a secret
 * marker, so a response that leaks them is caught whatever its status.
 */
final class MatrixFixture {

	/** The callers of the matrix, in the column order of its table. */
	enum Caller {

		ANONYMOUS, MENTEE, MENTOR, COMMITTEE, OTHER_COMMITTEE, ADMIN

	}

	/**
	 * Whose object a request names: the caller's own pair's (or program's, or their own)
	 * object, or another pair's (or the other program's, or someone else's).
	 */
	enum Side {

		OWN, OTHER

	}

	private static final TandemPrincipal SYSTEM = new Principal(UUID.randomUUID(), "matrix@example.org", true);

	final String secretOwn = "PairOneSecret" + UUID.randomUUID().toString().substring(0, 8);

	final String secretOther = "PairTwoSecret" + UUID.randomUUID().toString().substring(0, 8);

	final String absenceSecret = "MenteeAbsenceSecret" + UUID.randomUUID().toString().substring(0, 8);

	/**
	 * In the text of the mentee E's private notes: only E may ever read it, the mentor M
	 * (the partner) included.
	 */
	static final String PRIVATE_NOTE = "EmmasPrivateNoteMarker";

	/**
	 * In the text of the mentee E's concerns: E, the committee and administrators read
	 * it, never the partner M.
	 */
	static final String CONCERN = "EmmasConcernMarker";

	final Program p1;

	final Program p2;

	final Person mentee;

	final Person mentor;

	final Person committee;

	final Person otherCommittee;

	final Person admin;

	final Person mentee2;

	final Person mentor2;

	/** Unpaired mentor and mentee of P1 and of P2, for matching runs and what-ifs. */
	final Person spareMentor1;

	final Person spareMentee1;

	final Person spareMentor2;

	final Person spareMentee2;

	final Pairing pairing1;

	final Pairing pairing2;

	final UUID meeting1;

	final UUID meeting2;

	final UUID goal1;

	final UUID goal2;

	/** A document of each pair whose title and comment carry the pair's secret. */
	final UUID document1;

	final UUID document2;

	final UUID run1;

	final UUID run2;

	final UUID outboxMessage;

	/** A suggested activity of P1, on the checklists of both its pairs. */
	final UUID activity;

	/** The private note of E in the pair's pairing, and of E2 in the other pair's. */
	final UUID note1;

	final UUID note2;

	/** A concern of E about the pair's pairing, and of E2 about the other pair's. */
	final UUID concern1;

	final UUID concern2;

	private final String mentee2Token;

	private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

	private final Map<Caller, Cookie> sessions = new EnumMap<>(Caller.class);

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final Programs programs;

	private final Pairings pairings;

	private final Fixtures fixtures;

	private final People people;

	private final Absences absences;

	private final PersonFixtures personFixtures;

	MatrixFixture(MockMvc mvc, JdbcClient jdbc, Programs programs, Pairings pairings, Fixtures fixtures, People people,
			Absences absences) throws Exception {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.programs = programs;
		this.pairings = pairings;
		this.fixtures = fixtures;
		this.people = people;
		this.absences = absences;
		this.personFixtures = new PersonFixtures(jdbc, mvc);
		this.p1 = program("Matrix program one");
		this.p2 = program("Matrix program two");
		this.mentee = member(this.p1, Role.MENTEE, "Emma Mentee", 0);
		this.mentor = member(this.p1, Role.MENTOR, "Mark Mentor", 1);
		this.committee = member(this.p1, Role.COMMITTEE, "Cleo Committee", 0);
		this.mentee2 = member(this.p1, Role.MENTEE, "Eli Mentee", 0);
		this.mentor2 = member(this.p1, Role.MENTOR, "Mo Mentor", 1);
		this.spareMentor1 = member(this.p1, Role.MENTOR, "Sal Spare", 50);
		this.spareMentee1 = member(this.p1, Role.MENTEE, "Sue Spare", 0);
		this.otherCommittee = member(this.p2, Role.COMMITTEE, "Carl Committee", 0);
		this.spareMentor2 = member(this.p2, Role.MENTOR, "Sid Spare", 50);
		this.spareMentee2 = member(this.p2, Role.MENTEE, "Sam Spare", 0);
		this.admin = this.fixtures.admin(unique("Ada Admin"));
		this.pairing1 = this.pairings.start(this.p1.id(), SYSTEM,
				new NewPairing(this.mentor.id().value(), this.mentee.id().value(), today().minusDays(10)));
		this.pairing2 = this.pairings.start(this.p1.id(), SYSTEM,
				new NewPairing(this.mentor2.id().value(), this.mentee2.id().value(), today().minusDays(10)));
		Map<Caller, Person> signedIn = Map.of(Caller.MENTEE, this.mentee, Caller.MENTOR, this.mentor, Caller.COMMITTEE,
				this.committee, Caller.OTHER_COMMITTEE, this.otherCommittee, Caller.ADMIN, this.admin);
		for (Map.Entry<Caller, Person> entry : signedIn.entrySet()) {
			this.tokens.put(entry.getKey(), this.personFixtures.token(entry.getValue()));
			this.sessions.put(entry.getKey(), this.personFixtures.signIn(entry.getValue()));
		}
		String mentor2Token = this.personFixtures.token(this.mentor2);
		this.meeting1 = schedule(this.pairing1, token(Caller.MENTOR), this.secretOwn);
		this.meeting2 = schedule(this.pairing2, mentor2Token, this.secretOther);
		agree(this.pairing1, token(Caller.MENTOR), this.secretOwn);
		agree(this.pairing2, mentor2Token, this.secretOther);
		this.goal1 = newGoal(this.pairing1, token(Caller.MENTEE), this.secretOwn);
		this.goal2 = newGoal(this.pairing2, mentor2Token, this.secretOther);
		this.document1 = newDocument(this.pairing1, token(Caller.MENTEE), this.secretOwn);
		this.document2 = newDocument(this.pairing2, mentor2Token, this.secretOther);
		this.absences.announce(this.mentee.id().value(), today().plusDays(30), today().plusDays(33),
				this.absenceSecret);
		this.activity = this.jdbc
			.sql("select id from program_activity where program_id = :program order by position limit 1")
			.param("program", this.p1.id().value())
			.query(UUID.class)
			.single();
		reflect(this.pairing1, token(Caller.MENTOR), this.secretOwn);
		reflect(this.pairing2, mentor2Token, this.secretOther);
		this.run1 = run(this.p1, token(Caller.COMMITTEE));
		this.run2 = run(this.p2, token(Caller.OTHER_COMMITTEE));
		this.outboxMessage = outboxMessage();
		this.mentee2Token = this.personFixtures.token(this.mentee2);
		this.note1 = freshNote(Side.OWN, "PRIVATE");
		this.note2 = freshNote(Side.OTHER, "PRIVATE");
		this.concern1 = freshConcern(Side.OWN);
		this.concern2 = freshConcern(Side.OTHER);
	}

	static String unique(String name) {
		return name + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static LocalDate today() {
		return LocalDate.now(Clock.systemUTC());
	}

	String token(Caller caller) {
		return this.tokens.get(caller);
	}

	Cookie session(Caller caller) {
		return this.sessions.get(caller);
	}

	/** The person behind a caller; the mentee E stands in for the anonymous caller. */
	Person person(Caller caller) {
		return switch (caller) {
			case ANONYMOUS, MENTEE -> this.mentee;
			case MENTOR -> this.mentor;
			case COMMITTEE -> this.committee;
			case OTHER_COMMITTEE -> this.otherCommittee;
			case ADMIN -> this.admin;
		};
	}

	Program program(Side side) {
		return (side == Side.OWN) ? this.p1 : this.p2;
	}

	Pairing pairing(Side side) {
		return (side == Side.OWN) ? this.pairing1 : this.pairing2;
	}

	/**
	 * The person a person route names: the mentee of the own pair or of the other pair.
	 */
	Person subject(Side side) {
		return (side == Side.OWN) ? this.mentee : this.mentee2;
	}

	UUID meeting(Side side) {
		return (side == Side.OWN) ? this.meeting1 : this.meeting2;
	}

	UUID document(Side side) {
		return (side == Side.OWN) ? this.document1 : this.document2;
	}

	UUID goal(Side side) {
		return (side == Side.OWN) ? this.goal1 : this.goal2;
	}

	UUID note(Side side) {
		return (side == Side.OWN) ? this.note1 : this.note2;
	}

	UUID run(Side side) {
		return (side == Side.OWN) ? this.run1 : this.run2;
	}

	Person spareMentor(Side side) {
		return (side == Side.OWN) ? this.spareMentor1 : this.spareMentor2;
	}

	String secret(Side side) {
		return (side == Side.OWN) ? this.secretOwn : this.secretOther;
	}

	/** The caller's own token, or the committee of the program of that side. */
	String committeeToken(Side side) {
		return token((side == Side.OWN) ? Caller.COMMITTEE : Caller.OTHER_COMMITTEE);
	}

	/** The member of the other pair who schedules its fresh meetings. */
	private String pairToken(Side side) throws Exception {
		return (side == Side.OWN) ? token(Caller.MENTOR) : this.personFixtures.token(this.mentor2);
	}

	// fresh objects, for requests that use them up

	/** A new scheduled meeting of the side's pairing. */
	UUID freshMeeting(Side side) throws Exception {
		return schedule(pairing(side), pairToken(side), secret(side));
	}

	/**
	 * A new note of the side's mentee (E or E2), PRIVATE or PAIR, with the side's secret;
	 * E's private notes also carry {@link #PRIVATE_NOTE}.
	 */
	UUID freshNote(Side side, String visibility) throws Exception {
		String mentee = (side == Side.OWN) ? token(Caller.MENTEE) : this.mentee2Token;
		String marker = (side == Side.OWN && "PRIVATE".equals(visibility)) ? " " + PRIVATE_NOTE : "";
		return id(
				this.mvc
					.perform(post("/api/v1/pairings/" + pairing(side).id().value() + "/notes")
						.header(HttpHeaders.AUTHORIZATION, mentee)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"body\":\"" + secret(side) + " note" + marker + "\",\"visibility\":\"" + visibility
								+ "\"}"))
					.andReturn()
					.getResponse()
					.getContentAsString());
	}

	UUID concern(Side side) {
		return (side == Side.OWN) ? this.concern1 : this.concern2;
	}

	/**
	 * A new concern of the side's mentee (E or E2) about their pairing; E's carry
	 * {@link #CONCERN}.
	 */
	UUID freshConcern(Side side) throws Exception {
		String mentee = (side == Side.OWN) ? token(Caller.MENTEE) : this.mentee2Token;
		String marker = (side == Side.OWN) ? CONCERN : "ElisConcernMarker";
		return id(this.mvc
			.perform(post("/api/v1/programs/" + this.p1.id().value() + "/concerns")
				.header(HttpHeaders.AUTHORIZATION, mentee)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"pairingId\":\"" + pairing(side).id().value() + "\",\"body\":\"" + marker
						+ " worries\",\"rematch\":true}"))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	/**
	 * A new draft matching run of the side's program, started by its committee, with a
	 * new unpaired mentee in it.
	 */
	FreshRun freshRun(Side side) throws Exception {
		Person mentee = freshMember(side, Role.MENTEE);
		return new FreshRun(run(program(side), committeeToken(side)), mentee.id().value());
	}

	/** A person with no role anywhere yet. */
	Person freshPerson() {
		return this.people.create(Fixtures.uniqueEmail("fresh"), unique("Fred Fresh"));
	}

	/** A new mentor or mentee of the side's program (who never signs in). */
	Person freshMember(Side side, Role role) {
		Person person = freshPerson();
		this.programs.enroll(program(side).id(), person.id().value(), role, (role == Role.MENTOR) ? 1 : 0,
				Participant.Profile.empty());
		return person;
	}

	/**
	 * A person whom P1's committee should, or should not, be "committee for": enrolled in
	 * P1 in the role and status given, and optionally an administrator or a committee
	 * member of P2 as well.
	 */
	Person probe(Role role, String status, boolean administrator, boolean committeeOfP2) {
		Person person = administrator ? this.fixtures.admin(unique("Ari Admin")) : freshPerson();
		this.jdbc.sql("""
				insert into participant (id, program_id, person_id, role, status, created_at)
				values (:id, :program, :person, :role, :status, :now)
				""")
			.param("id", UUID.randomUUID())
			.param("program", this.p1.id().value())
			.param("person", person.id().value())
			.param("role", role.name())
			.param("status", status)
			.param("now", Timestamp.from(Instant.now()))
			.update();
		if (committeeOfP2) {
			this.programs.enroll(this.p2.id(), person.id().value(), Role.COMMITTEE, 0, Participant.Profile.empty());
		}
		return person;
	}

	/** A new application (status APPLIED) to the side's program. */
	UUID freshApplication(Side side) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into participant (id, program_id, person_id, role, status, created_at)
				values (:id, :program, :person, 'MENTEE', 'APPLIED', :now)
				""")
			.param("id", id)
			.param("program", program(side).id().value())
			.param("person", freshPerson().id().value())
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	/** A new suggested place of the side's program. */
	/** A new idea on the side's program's board, by its spare mentee. */
	UUID freshIdea(Side side) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into idea (id, program_id, author_id, title, created_at)
				values (:id, :program, :author, :title, :now)
				""")
			.param("id", id)
			.param("program", program(side).id().value())
			.param("author", ((side == Side.OWN) ? this.spareMentee1 : this.spareMentee2).id().value())
			.param("title", unique("Matrix idea"))
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	UUID freshPlace(Side side) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into suggested_place (id, program_id, name, kind, created_at)
				values (:id, :program, :name, 'WALKING', :now)
				""")
			.param("id", id)
			.param("program", program(side).id().value())
			.param("name", unique("Matrix walk"))
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	/** A new suggested activity of the side's program. */
	/** A new optional scale question of the side's program, asked in both evaluations. */
	UUID freshQuestion(Side side) {
		UUID id = UUID.randomUUID();
		this.jdbc
			.sql("""
					insert into evaluation_question (id, program_id, prompt, kind, applies_to, required, position, created_at)
					values (:id, :program, :prompt, 'SCALE', 'BOTH', false, 1000, :now)
					""")
			.param("id", id)
			.param("program", program(side).id().value())
			.param("prompt", unique("Matrix question"))
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	UUID freshActivity(Side side) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into program_activity (id, program_id, title, position, created_at)
				values (:id, :program, :title, 1000, :now)
				""")
			.param("id", id)
			.param("program", program(side).id().value())
			.param("title", unique("Matrix activity"))
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	/** A new tip of the side's program. */
	UUID freshTip(Side side) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into program_tip (id, program_id, audience, title, body, position, created_at)
				values (:id, :program, 'BOTH', :title, 'A tip of the matrix.', 1000, :now)
				""")
			.param("id", id)
			.param("program", program(side).id().value())
			.param("title", unique("Matrix tip"))
			.param("now", Timestamp.from(Instant.now()))
			.update();
		return id;
	}

	/** A new absence of the person, with a note only they may read. */
	UUID freshAbsence(Person person) {
		return this.absences
			.announce(person.id().value(), today().plusDays(60), today().plusDays(61),
					person == this.mentee ? this.absenceSecret : null)
			.id();
	}

	/** A new named API token of the person (its secret is never used). */
	UUID freshApiToken(Person person) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into api_token (id, person_id, name, token_hash, created_at, expires_at)
				values (:id, :person, :name, :hash, :now, :expires)
				""")
			.param("id", id)
			.param("person", person.id().value())
			.param("name", "Matrix token")
			.param("hash", UUID.randomUUID().toString().replace("-", ""))
			.param("now", Timestamp.from(Instant.now()))
			.param("expires", Timestamp.from(Instant.now().plus(30, ChronoUnit.DAYS)))
			.update();
		return id;
	}

	/** A new secret calendar feed token (of the mentor of the other pair). */
	String freshFeedToken() throws Exception {
		String body = this.mvc
			.perform(post("/api/v1/me/calendar-feed").header(HttpHeaders.AUTHORIZATION, pairToken(Side.OTHER)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = body.replaceAll(".*/calendar/([^\"/]+)\\.ics.*", "$1");
		assertThat(token).isNotEqualTo(body);
		return token;
	}

	/** The agreement's current version, which acknowledgements name. */
	int agreementVersion(Side side) {
		return this.jdbc.sql("select version from agreement where pairing_id = :id")
			.param("id", pairing(side).id().value())
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	// building

	private Program program(String name) {
		LocalDate startsOn = today().minusMonths(3);
		return this.programs
			.create(new Program.Settings(unique(name), null, startsOn, startsOn.plusYears(1), 28, 42, 7, false));
	}

	private Person member(Program program, Role role, String name, int capacity) {
		Person person = this.fixtures.person(unique(name));
		this.programs.enroll(program.id(), person.id().value(), role, capacity, Participant.Profile.empty());
		return person;
	}

	private UUID schedule(Pairing pairing, String token, String secret) throws Exception {
		Instant at = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		String body = "{\"scheduledAt\":\"" + at + "\",\"format\":\"WALKING\",\"place\":\"" + secret
				+ " place\",\"agenda\":\"" + secret + " agenda\",\"sharedNotes\":\"" + secret + " notes\"}";
		return id(this.mvc
			.perform(post("/api/v1/pairings/" + pairing.id().value() + "/meetings")
				.header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private void agree(Pairing pairing, String token, String secret) throws Exception {
		int status = this.mvc
			.perform(put("/api/v1/pairings/" + pairing.id().value() + "/agreement")
				.header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"groundRules\":\"" + secret + " rules\",\"scope\":\"" + secret
						+ " scope\",\"formats\":[\"WALKING\"],\"confidentialityPledge\":true}"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("agreement saved").isEqualTo(200);
	}

	/** The pair's reflection on the activity, with the pair's secret in it. */
	private void reflect(Pairing pairing, String token, String secret) throws Exception {
		int status = this.mvc
			.perform(patch("/api/v1/pairings/" + pairing.id().value() + "/activities/" + this.activity)
				.header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"done\":true,\"reflection\":\"" + secret + " reflection\"}"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("reflection saved").isEqualTo(200);
	}

	/**
	 * A PDF shared in the pairing, with the pair's secret in its title and in a comment.
	 */
	private UUID newDocument(Pairing pairing, String token, String secret) throws Exception {
		UUID document = id(this.mvc.perform(multipart("/api/v1/pairings/" + pairing.id().value() + "/documents")
			.file(new MockMultipartFile("file", secret + ".pdf", "application/pdf",
					Matrix.PDF.getBytes(StandardCharsets.US_ASCII)))
			.param("title", secret + " document")
			.header(HttpHeaders.AUTHORIZATION, token)).andReturn().getResponse().getContentAsString());
		int status = this.mvc
			.perform(post("/api/v1/documents/" + document + "/comments").header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\":\"" + secret + " remark\"}"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("document comment saved").isEqualTo(201);
		return document;
	}

	/**
	 * A goal of the pairing with the pair's secret in its title, description and comment.
	 */
	private UUID newGoal(Pairing pairing, String token, String secret) throws Exception {
		UUID goal = id(this.mvc
			.perform(
					post("/api/v1/pairings/" + pairing.id().value() + "/goals").header(HttpHeaders.AUTHORIZATION, token)
						.contentType(MediaType.APPLICATION_JSON)
						.content("{\"title\":\"" + secret + " goal\",\"description\":\"" + secret + " why\"}"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		int status = this.mvc
			.perform(post("/api/v1/goals/" + goal + "/comments").header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"body\":\"" + secret + " comment\"}"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).as("goal comment saved").isEqualTo(201);
		return goal;
	}

	private UUID run(Program program, String token) throws Exception {
		return id(this.mvc
			.perform(post("/api/v1/programs/" + program.id().value() + "/matching-runs")
				.header(HttpHeaders.AUTHORIZATION, token)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private UUID outboxMessage() {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into outbox_message (id, message_key, recipient, subject, body_text, created_at, status,
				                            next_attempt_at)
				values (:id, :key, 'matrix@example.org', 'Matrix', 'A message of the matrix.', :now, 'SENT', :now)
				""").param("id", id).param("key", "matrix:" + id).param("now", Timestamp.from(Instant.now())).update();
		return id;
	}

	private static UUID id(String json) {
		String id = json.replaceAll("(?s)^\\{\\s*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
		assertThat(id).as("an id in %s", json).hasSize(36);
		return UUID.fromString(id);
	}

	/** A draft run and a mentee who is part of it. */
	record FreshRun(UUID id, UUID menteeId) {

	}

	record Principal(UUID personId, String email, boolean admin) implements TandemPrincipal {

	}

}
