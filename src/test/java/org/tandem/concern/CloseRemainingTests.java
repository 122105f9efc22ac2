package org.tandem.concern;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.NewPairing;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Closing at the term's end: the committee closes every pairing still active in one call,
 * never before the term's last day; a closed pairing's texts stay readable to the pair
 * and writable by nobody (meetings, notes, goals, activities).
 */
@IntegrationTest
class CloseRemainingTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PairClosing closing;

	@Autowired
	JdbcClient jdbc;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
	}

	@Test
	void beforeTheTermsEndNothingCloses() throws Exception {
		MockHttpServletResponse early = closeRemaining(this.world.program, this.world.committee);

		assertThat(early.getStatus()).isEqualTo(409);
		assertThat(this.pairings.find(this.world.pairing.id()).orElseThrow().closed()).isFalse();
		assertThat(closeRemaining(this.world.program, this.world.mentor).getStatus()).isEqualTo(403);
		assertThat(closeRemaining(this.world.program, this.world.stranger).getStatus()).isEqualTo(404);
		assertThat(this.closing.promptFor(this.world.pairing.id(), PairWorld.as(this.world.mentee)).invite()).isFalse();
	}

	@Test
	void fromTheTermsLastDayTheCommitteeClosesEveryActivePairingInOneCall() throws Exception {
		Ended ended = endedProgram();
		assertThat(this.closing.promptFor(ended.first().id(), PairWorld.as(ended.mentee())).invite()).isTrue();

		MockHttpServletResponse closed = closeRemaining(ended.program(), ended.committee());

		assertThat(closed.getStatus()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(closed.getContentAsString(), "$.closed")).isEqualTo(2);
		assertThat(this.pairings.find(ended.first().id()).orElseThrow().closed()).isTrue();
		assertThat(this.pairings.find(ended.second().id()).orElseThrow().closed()).isTrue();
		assertThat((Integer) JsonPath.read(closeRemaining(ended.program(), ended.committee()).getContentAsString(),
				"$.closed"))
			.isZero();
		assertThat(this.closing.promptFor(ended.first().id(), PairWorld.as(ended.mentee())).invite()).isFalse();
	}

	@Test
	void aClosedPairingsTextsStayReadableToThePairAndWritableByNobody() throws Exception {
		String pairing = "/api/v1/pairings/" + this.world.pairing.id();
		Person mentee = this.world.mentee;
		String note = JsonPath.read(
				write(post(pairing + "/notes"), mentee, "{\"body\":\"Our shared plan\",\"visibility\":\"PAIR\"}", 201),
				"$.id");
		String goal = JsonPath.read(write(post(pairing + "/goals"), mentee, "{\"title\":\"Write the dossier\"}", 201),
				"$.id");
		UUID activity = this.jdbc
			.sql("select id from program_activity where program_id = :program order by position limit 1")
			.param("program", this.world.program.id().value())
			.query(UUID.class)
			.single();
		String meeting = JsonPath.read(write(post(pairing + "/meetings"), this.world.mentor,
				"{\"occurredOn\":\"" + PairWorld.today() + "\",\"format\":\"PHONE\",\"sharedNotes\":\"Talked\"}", 201),
				"$.id");
		this.world.close(this.world.mentor, "We met our goals.");

		// readable to the pair
		for (String path : new String[] { pairing + "/notes", "/api/v1/notes/" + note, pairing + "/goals",
				"/api/v1/goals/" + goal, pairing + "/meetings", pairing + "/activities" }) {
			assertThat(this.world.api(get(path), mentee, null).andReturn().getResponse().getStatus()).as(path)
				.isEqualTo(200);
		}
		// writable by nobody: 409
		write(post(pairing + "/notes"), mentee, "{\"body\":\"More\",\"visibility\":\"PRIVATE\"}", 409);
		write(patch("/api/v1/notes/" + note), mentee, "{\"body\":\"Changed\"}", 409);
		write(post(pairing + "/goals"), mentee, "{\"title\":\"Another\"}", 409);
		write(patch("/api/v1/goals/" + goal), mentee, "{\"title\":\"Changed\"}", 409);
		write(post("/api/v1/goals/" + goal + "/comments"), mentee, "{\"body\":\"Late\"}", 409);
		write(post(pairing + "/meetings"), mentee,
				"{\"scheduledAt\":\"" + LocalDate.now().plusDays(20) + "T10:00:00Z\",\"format\":\"LUNCH\"}", 409);
		write(patch(pairing + "/meetings/" + meeting), mentee, "{\"sharedNotes\":\"Changed\"}", 409);
		write(patch(pairing + "/activities/" + activity), mentee, "{\"done\":true}", 409);
	}

	private String write(MockHttpServletRequestBuilder request, Person as, String json, int expected) throws Exception {
		MockHttpServletResponse response = this.world.api(request, as, json).andReturn().getResponse();
		if (expected > 0) {
			assertThat(response.getStatus()).as("%s", json).isEqualTo(expected);
		}
		return response.getContentAsString();
	}

	private MockHttpServletResponse closeRemaining(Program program, Person as) throws Exception {
		return this.world.api(post("/api/v1/programs/" + program.id() + "/pairings/close-remaining"), as, null)
			.andReturn()
			.getResponse();
	}

	/** A program whose term ended yesterday, with two active pairings. */
	private Ended endedProgram() {
		LocalDate startsOn = PairWorld.today().minusYears(1).minusDays(1);
		Program program = this.programs.create(PairWorld.settings("Ended program", startsOn));
		Person committee = this.world.member(program, Role.COMMITTEE, "Cy Committee");
		Person mentee = this.world.member(program, Role.MENTEE, "Ed Mentee");
		Pairing first = pair(program, mentee);
		Pairing second = pair(program, this.world.member(program, Role.MENTEE, "Em Mentee"));
		return new Ended(program, committee, mentee, first, second);
	}

	private Pairing pair(Program program, Person mentee) {
		Person mentor = this.fixtures.person(PairWorld.unique("Mo Mentor"));
		this.programs.enroll(program.id(), mentor.id().value(), Role.MENTOR, 1, Participant.Profile.empty());
		return this.pairings.start(program.id(), PairWorld.ADMINISTRATOR,
				new NewPairing(mentor.id().value(), mentee.id().value(), program.startsOn().plusDays(5)));
	}

	record Ended(Program program, Person committee, Person mentee, Pairing first, Pairing second) {

	}

}
