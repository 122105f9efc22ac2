package org.tandem.export;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.Pairings;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise of the exports: a word written by the pair (a meeting's place, agenda and
 * notes, a note, a message, kudos, a goal, the agreement, a concern, an absence note, a
 * close reason) is in no export, through the API or the pages, for the committee or an
 * administrator.
 */
@IntegrationTest
class ExportConfidentialityTests {

	private static final List<String> FILES = List.of("pairings.csv", "pairings.json", "meetings.csv", "meetings.json",
			"participants.csv", "participants.json");

	@Autowired
	PairWorlds worlds;

	@Autowired
	MockMvc mvc;

	@Autowired
	Pairings pairings;

	PairWorld world;

	ExportCalls calls;

	String sentinel;

	@BeforeEach
	void setUp() {
		this.world = this.worlds.create();
		this.calls = new ExportCalls(this.world, this.mvc);
		this.sentinel = "SENTINEL" + UUID.randomUUID().toString().replace("-", "");
	}

	@Test
	void noWordThePairWroteIsInAnyExport() throws Exception {
		String pairing = "/api/v1/pairings/" + this.world.pairing.id();
		String s = this.sentinel;
		send(MockMvcRequestBuilders.post(pairing + "/meetings"), this.world.mentor,
				"{\"occurredOn\":\"" + PairWorld.today().minusDays(1) + "\",\"format\":\"LUNCH\",\"place\":\"" + s
						+ " place\"," + "\"agenda\":\"" + s + " agenda\",\"sharedNotes\":\"" + s + " notes\"}");
		send(MockMvcRequestBuilders.post(pairing + "/meetings"), this.world.mentee,
				"{\"scheduledAt\":\"" + PairWorld.today().plusDays(3) + "T10:00:00Z\",\"format\":\"WALKING\","
						+ "\"agenda\":\"" + s + " next agenda\"}");
		send(MockMvcRequestBuilders.post(pairing + "/notes"), this.world.mentor,
				"{\"body\":\"" + s + " shared note\",\"visibility\":\"PAIR\"}");
		send(MockMvcRequestBuilders.post(pairing + "/notes"), this.world.mentee,
				"{\"body\":\"" + s + " private note\",\"visibility\":\"PRIVATE\"}");
		send(MockMvcRequestBuilders.post(pairing + "/messages"), this.world.mentee, "{\"body\":\"" + s + " message\"}");
		send(MockMvcRequestBuilders.post(pairing + "/kudos"), this.world.mentee,
				"{\"body\":\"" + s + " kudos\",\"shareWithProgram\":false}");
		send(MockMvcRequestBuilders.post(pairing + "/goals"), this.world.mentee, "{\"title\":\"" + s + " goal\"}");
		send(MockMvcRequestBuilders.put(pairing + "/agreement"), this.world.mentor,
				"{\"groundRules\":\"" + s + " rules\",\"formats\":[\"WALKING\"],\"confidentialityPledge\":true}");
		send(MockMvcRequestBuilders.post("/api/v1/programs/" + this.world.program.id() + "/concerns"),
				this.world.mentee,
				"{\"pairingId\":\"" + this.world.pairing.id() + "\",\"body\":\"" + s + " concern\"}");
		send(MockMvcRequestBuilders.post("/api/v1/people/" + this.world.mentor.id() + "/absences"), this.world.mentor,
				"{\"from\":\"" + PairWorld.today().plusDays(20) + "\",\"to\":\"" + PairWorld.today().plusDays(25)
						+ "\",\"note\":\"" + s + " absence\"}");
		this.pairings.close(this.world.otherPairing.id(), PairWorld.as(this.world.otherMentor), s + " reason");

		for (Person reader : List.of(this.world.committee, this.world.admin)) {
			for (String file : FILES) {
				MockHttpServletResponse api = this.calls.get(reader, this.calls.api(file));
				MockHttpServletResponse page = this.calls.page(reader, this.calls.page(file));
				assertThat(api.getStatus()).as(file).isEqualTo(200);
				assertThat(page.getStatus()).as(file).isEqualTo(200);
				assertThat(ExportCalls.text(api)).as(file).doesNotContainIgnoringCase(s);
				assertThat(ExportCalls.text(page)).as(file).doesNotContainIgnoringCase(s);
			}
		}
		assertThat(ExportCalls.json(this.calls.download(this.world.committee, "meetings.json"))).hasSize(2);
	}

	private void send(MockHttpServletRequestBuilder request, Person by, String json) throws Exception {
		MockHttpServletResponse response = this.world.api(request, by, json).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 201);
	}

}
