package org.tandem.concern;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.Pairing;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.program.Participant;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.Fixtures;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A no-fault rematch: the committee ends the pairing a concern names; the partner hears
 * only that the pairing ended (no cause, no name, nothing of the concern), the mentee is
 * proposed again by the next matching run, and the committee is reminded to pair them.
 */
@IntegrationTest
class RematchTests {

	static final String BODY = "I feel belittled in our meetings and want a different mentor";

	@Autowired
	PairWorlds worlds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	@Autowired
	Pairings pairings;

	@Autowired
	Fixtures fixtures;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
	}

	@Test
	void aRematchClosesThePairingWithoutBlameAndTheMenteeIsMatchedAgain() throws Exception {
		// a meeting ahead, so that the close cancels it and mails both of the pair
		Instant at = Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
		assertThat(this.world
			.api(post("/api/v1/pairings/" + this.world.pairing.id() + "/meetings"), this.world.mentor,
					"{\"scheduledAt\":\"" + at + "\",\"format\":\"LUNCH\"}")
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(201);
		String id = JsonPath.read(this.world
			.api(post("/api/v1/programs/" + this.world.program.id() + "/concerns"), this.world.mentee,
					"{\"pairingId\":\"" + this.world.pairing.id() + "\",\"body\":\"" + BODY + "\",\"rematch\":true}")
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");

		MockHttpServletResponse rematched = this.world
			.api(post("/api/v1/concerns/" + id + "/rematch"), this.world.committee, null)
			.andReturn()
			.getResponse();

		assertThat(rematched.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(rematched.getContentAsString(), "$.status")).isEqualTo("REMATCHED");
		Pairing closed = this.pairings.find(this.world.pairing.id()).orElseThrow();
		assertThat(closed.closed()).isTrue();
		assertThat(call(post("/api/v1/concerns/" + id + "/rematch"), this.world.committee).getStatus()).isEqualTo(409);

		// the committee is reminded to pair the mentee again
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(texts(this.world.committee))
				.anySatisfy((text) -> assertThat(text).contains(this.world.mentee.name()).contains("new mentor")));
		awaitEventsHandled(this.world.pairing.id().toString());
		awaitEventsHandled(id);

		// the partner: the meeting's cancellation and the pairing's closed state, no
		// cause
		List<String> partnerMail = this.jdbc.sql("""
				select subject || ' ' || body_text from outbox_message where recipient = :email""")
			.param("email", this.world.mentor.email())
			.query(String.class)
			.list();
		assertThat(partnerMail).anySatisfy((mail) -> assertThat(mail).contains("Cancelled"));
		List<String> partnerTexts = texts(this.world.mentor);
		for (String text : concat(partnerMail, partnerTexts)) {
			assertThat(text.toLowerCase()).doesNotContain("concern")
				.doesNotContain("belittled")
				.doesNotContain("blame")
				.doesNotContain(this.world.committee.name().toLowerCase())
				.doesNotContain(this.world.mentee.name().toLowerCase() + " cancelled");
		}
		MockHttpServletResponse partnerView = call(get("/api/v1/pairings/" + this.world.pairing.id()),
				this.world.mentor);
		assertThat(partnerView.getContentAsString().toLowerCase()).doesNotContain("concern")
			.doesNotContain("belittled");
		assertThat(call(get("/api/v1/concerns/" + id), this.world.mentor).getStatus()).isEqualTo(404);

		// a matching run proposes the mentee again
		Person newMentor = this.fixtures.person(PairWorld.unique("Nia Newmentor"));
		this.programs.enroll(this.world.program.id(), newMentor.id().value(), Role.MENTOR, 1,
				Participant.Profile.empty());
		MockHttpServletResponse run = this.world
			.api(post("/api/v1/programs/" + this.world.program.id() + "/matching-runs"), this.world.committee, "{}")
			.andReturn()
			.getResponse();
		assertThat(run.getStatus()).isEqualTo(201);
		assertThat((List<String>) JsonPath.read(run.getContentAsString(), "$.proposals[*].menteeId"))
			.contains(this.world.mentee.id().value().toString());
	}

	@Test
	void onlyTheCommitteeRematchesAndTheAuthorIsToldItsDone() throws Exception {
		String id = JsonPath.read(this.world
			.api(post("/api/v1/programs/" + this.world.program.id() + "/concerns"), this.world.mentee,
					"{\"pairingId\":\"" + this.world.pairing.id() + "\",\"body\":\"" + BODY + "\"}")
			.andReturn()
			.getResponse()
			.getContentAsString(), "$.id");

		assertThat(call(post("/api/v1/concerns/" + id + "/rematch"), this.world.mentee).getStatus()).isEqualTo(403);
		assertThat(call(post("/api/v1/concerns/" + id + "/rematch"), this.world.mentor).getStatus()).isEqualTo(404);
		assertThat(this.pairings.find(this.world.pairing.id()).orElseThrow().closed()).isFalse();

		assertThat(call(post("/api/v1/concerns/" + id + "/rematch"), this.world.admin).getStatus()).isEqualTo(200);
		assertThat(call(get("/api/v1/concerns/" + id), this.world.mentee).getContentAsString()).contains("REMATCHED");
	}

	private List<String> texts(Person person) {
		return this.jdbc.sql("select text from notification where person_id = :person")
			.param("person", person.id().value())
			.query(String.class)
			.list();
	}

	private static List<String> concat(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

	private void awaitEventsHandled(String subject) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(this.jdbc.sql("""
					select count(*) from event_publication
					where completion_date is null and serialized_event like :mention""")
				.param("mention", "%" + subject + "%")
				.query(Long.class)
				.single()).isZero());
	}

	private MockHttpServletResponse call(
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Person as)
			throws Exception {
		return this.world.api(request, as, null).andReturn().getResponse();
	}

}
