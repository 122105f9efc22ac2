package org.tandem.concern;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.program.Program;
import org.tandem.program.Programs;
import org.tandem.program.Role;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The concerns API: a mentor or mentee raises a concern with the committee; the author,
 * the committee and administrators read it; only the committee and administrators answer
 * it; to the partner, another program's committee and strangers it does not exist, and
 * its texts are stored only as ciphertext.
 */
@IntegrationTest
class ConcernApiTests {

	static final String BODY = "My mentor keeps cancelling at the last minute";

	static final String OUTCOME = "We spoke with both and agreed a fixed slot";

	@Autowired
	PairWorlds worlds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Programs programs;

	PairWorld world;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
	}

	@Test
	void theAuthorRaisesAndReadsTheirConcernAndThePartnerNeverSeesIt() throws Exception {
		MockHttpServletResponse created = raise(this.world.mentee, pairingJson(BODY, false));

		assertThat(created.getStatus()).isEqualTo(201);
		String id = JsonPath.read(created.getContentAsString(), "$.id");
		assertThat(created.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/concerns/" + id);
		assertThat((String) JsonPath.read(created.getContentAsString(), "$.status")).isEqualTo("OPEN");
		assertThat((String) JsonPath.read(created.getContentAsString(), "$.pairingId"))
			.isEqualTo(this.world.pairing.id().toString());

		MockHttpServletResponse read = call(get("/api/v1/concerns/" + id), this.world.mentee);
		assertThat(read.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(read.getContentAsString(), "$.body")).isEqualTo(BODY);
		assertThat(read.getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
		assertThat(call(get("/api/v1/me/concerns"), this.world.mentee).getContentAsString()).contains(BODY);

		// the committee and administrators read it
		assertThat(call(get("/api/v1/concerns/" + id), this.world.committee).getContentAsString()).contains(BODY);
		assertThat(call(get("/api/v1/concerns/" + id), this.world.admin).getStatus()).isEqualTo(200);
		MockHttpServletResponse list = call(get("/api/v1/programs/" + this.world.program.id() + "/concerns"),
				this.world.committee);
		assertThat(list.getStatus()).isEqualTo(200);
		assertThat((List<String>) JsonPath.read(list.getContentAsString(), "$.items[*].id")).containsExactly(id);

		// the partner: 404 for the concern, nothing in any list
		MockHttpServletResponse partner = call(get("/api/v1/concerns/" + id), this.world.mentor);
		assertThat(partner.getStatus()).isEqualTo(404);
		assertThat(partner.getContentAsString()).doesNotContain(BODY);
		MockHttpServletResponse partnerList = call(get("/api/v1/me/concerns"), this.world.mentor);
		assertThat(partnerList.getStatus()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(partnerList.getContentAsString(), "$.total")).isZero();
		MockHttpServletResponse programList = call(get("/api/v1/programs/" + this.world.program.id() + "/concerns"),
				this.world.mentor);
		assertThat(programList.getStatus()).isEqualTo(403);
		assertThat(programList.getContentAsString()).doesNotContain(BODY).doesNotContain(id);

		// another pair, another program's committee, a stranger
		for (Person outsider : List.of(this.world.otherMentor, this.world.otherMentee, otherCommittee(),
				this.world.stranger)) {
			MockHttpServletResponse answer = call(get("/api/v1/concerns/" + id), outsider);
			assertThat(answer.getStatus()).as("%s", outsider.name()).isEqualTo(404);
			assertThat(answer.getContentAsString()).doesNotContain(BODY);
		}
		assertThat(call(get("/api/v1/concerns/not-an-id"), this.world.mentee).getStatus()).isEqualTo(404);
	}

	@Test
	void aConcernWithoutAPairingIsFineAndRematchIsOffUnlessAsked() throws Exception {
		MockHttpServletResponse created = raise(this.world.mentor, "{\"body\":\"About the program itself\"}");

		assertThat(created.getStatus()).isEqualTo(201);
		assertThat((Object) JsonPath.read(created.getContentAsString(), "$.pairingId")).isNull();
		assertThat((Boolean) JsonPath.read(created.getContentAsString(), "$.rematch")).isFalse();
	}

	@Test
	void badInputIsRejectedNamingEveryField() throws Exception {
		MockHttpServletResponse blank = raise(this.world.mentee, "{\"body\":\"  \",\"rematch\":true}");
		assertThat(blank.getStatus()).isEqualTo(400);
		assertThat((List<String>) JsonPath.read(blank.getContentAsString(), "$.errors[*].field"))
			.containsExactlyInAnyOrder("body", "rematch");

		MockHttpServletResponse foreign = raise(this.world.mentee,
				"{\"pairingId\":\"" + this.world.otherPairing.id() + "\",\"body\":\"x\"}");
		assertThat(foreign.getStatus()).isEqualTo(400);
		assertThat((List<String>) JsonPath.read(foreign.getContentAsString(), "$.errors[*].field"))
			.containsExactly("pairingId");

		MockHttpServletResponse tooLong = raise(this.world.mentee,
				"{\"body\":\"" + "a".repeat(Concern.MAX_LENGTH + 1) + "\"}");
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat(raise(this.world.mentee, "{\"body\":\"x\",\"status\":\"RESOLVED\"}").getStatus())
			.as("unknown fields")
			.isEqualTo(400);
		assertThat(raise(this.world.mentee, "{\"body\":\"x\",\"pairingId\":\"nope\"}").getStatus()).isEqualTo(400);
		assertThat(this.jdbc.sql("select count(*) from concern where program_id = :program")
			.param("program", this.world.program.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void onlyTheProgramsMentorsAndMenteesRaiseConcerns() throws Exception {
		assertThat(raise(this.world.committee, "{\"body\":\"x\"}").getStatus()).isEqualTo(403);
		assertThat(raise(this.world.admin, "{\"body\":\"x\"}").getStatus()).isEqualTo(403);
		assertThat(raise(this.world.stranger, "{\"body\":\"x\"}").getStatus()).isEqualTo(404);
	}

	@Test
	void onlyTheCommitteeAcknowledgesAndResolvesAndTheAuthorReadsTheOutcome() throws Exception {
		String id = JsonPath.read(raise(this.world.mentee, pairingJson(BODY, false)).getContentAsString(), "$.id");

		assertThat(call(post("/api/v1/concerns/" + id + "/acknowledge"), this.world.mentee).getStatus()).isEqualTo(403);
		for (Person outsider : List.of(this.world.mentor, this.world.otherMentee, otherCommittee(),
				this.world.stranger)) {
			assertThat(call(post("/api/v1/concerns/" + id + "/acknowledge"), outsider).getStatus())
				.as("%s", outsider.name())
				.isEqualTo(404);
			assertThat(call(post("/api/v1/concerns/" + id + "/resolve"), outsider).getStatus()).isEqualTo(404);
			assertThat(call(post("/api/v1/concerns/" + id + "/rematch"), outsider).getStatus()).isEqualTo(404);
		}

		MockHttpServletResponse acknowledged = call(post("/api/v1/concerns/" + id + "/acknowledge"),
				this.world.committee);
		assertThat(acknowledged.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(acknowledged.getContentAsString(), "$.status")).isEqualTo("ACKNOWLEDGED");
		assertThat(call(post("/api/v1/concerns/" + id + "/acknowledge"), this.world.committee).getStatus())
			.isEqualTo(409);

		assertThat(this.world
			.api(post("/api/v1/concerns/" + id + "/resolve"), this.world.committee,
					"{\"outcome\":\"" + "b".repeat(Concern.MAX_LENGTH + 1) + "\"}")
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
		assertThat(this.world
			.api(post("/api/v1/concerns/" + id + "/resolve"), this.world.mentee, "{\"outcome\":\"" + OUTCOME + "\"}")
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		MockHttpServletResponse resolved = this.world
			.api(post("/api/v1/concerns/" + id + "/resolve"), this.world.admin, "{\"outcome\":\"" + OUTCOME + "\"}")
			.andReturn()
			.getResponse();
		assertThat(resolved.getStatus()).isEqualTo(200);
		assertThat((String) JsonPath.read(resolved.getContentAsString(), "$.status")).isEqualTo("RESOLVED");
		assertThat(call(get("/api/v1/concerns/" + id), this.world.mentee).getContentAsString()).contains(OUTCOME);
		assertThat(call(post("/api/v1/concerns/" + id + "/resolve"), this.world.committee).getStatus()).isEqualTo(409);
		assertThat(call(post("/api/v1/concerns/" + id + "/rematch"), this.world.committee).getStatus()).isEqualTo(409);
	}

	@Test
	void theBodyAndTheOutcomeAreStoredOnlyAsCiphertext() throws Exception {
		String id = JsonPath.read(raise(this.world.mentee, pairingJson(BODY, false)).getContentAsString(), "$.id");
		this.world.api(post("/api/v1/concerns/" + id + "/resolve"), this.world.committee,
				"{\"outcome\":\"" + OUTCOME + "\"}");

		String row = this.jdbc.sql("select concern::text from concern where id = :id::uuid")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(row).doesNotContain(BODY).doesNotContain(OUTCOME).doesNotContain("cancelling");
		List<String> texts = this.jdbc
			.sql("select body_enc from concern where id = :id::uuid union all "
					+ "select outcome_enc from concern where id = :id::uuid")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(texts).allSatisfy((text) -> assertThat(text).startsWith("v2:"));
	}

	@Test
	void aConcernOfARematchNeedsAPairingAndAnOpenOne() throws Exception {
		String id = JsonPath.read(raise(this.world.mentor, "{\"body\":\"About the program\"}").getContentAsString(),
				"$.id");
		assertThat(call(post("/api/v1/concerns/" + id + "/rematch"), this.world.committee).getStatus()).isEqualTo(409);
		assertThat(call(post("/api/v1/concerns/" + id + "/rematch"), this.world.mentor).getStatus()).isEqualTo(403);
	}

	private Person otherCommittee() {
		Program other = this.world.anotherProgram("Concern elsewhere");
		return this.world.member(other, Role.COMMITTEE, "Cora Elsewhere");
	}

	String pairingJson(String body, boolean rematch) {
		return "{\"pairingId\":\"" + this.world.pairing.id() + "\",\"body\":\"" + body + "\",\"rematch\":" + rematch
				+ "}";
	}

	MockHttpServletResponse raise(Person as, String json) throws Exception {
		return this.world.api(post("/api/v1/programs/" + this.world.program.id() + "/concerns"), as, json)
			.andReturn()
			.getResponse();
	}

	MockHttpServletResponse call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			Person as) throws Exception {
		return this.world.api(request, as, null).andReturn().getResponse();
	}

}
