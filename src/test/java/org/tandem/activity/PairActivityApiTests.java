package org.tandem.activity;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.person.Person;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pair's checklist in the API: only the mentor and the mentee read and write it;
 * everyone else, the committee and administrators included, gets 404.
 */
@IntegrationTest
class PairActivityApiTests {

	private static final String REFLECTION = "We found the map room; ask Jo about the night shift";

	@Autowired
	PairWorlds worlds;

	@Autowired
	JdbcClient jdbc;

	ActivityWorld world;

	PairWorld pairs;

	List<UUID> activities;

	@BeforeEach
	void setUp() {
		this.world = new ActivityWorld(this.worlds.create(), this.jdbc);
		this.pairs = this.world.pairs;
		this.activities = this.world.activities();
	}

	@Test
	void thePairTicksAnActivityWithAReflectionAndBothReadIt() throws Exception {
		this.world.get(this.world.checklist(), this.pairs.mentee)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[0].id").value(this.activities.get(0).toString()))
			.andExpect(jsonPath("$[0].done").value(false))
			.andExpect(jsonPath("$[0].doneOn").doesNotExist())
			.andExpect(jsonPath("$[0].reflection").doesNotExist());
		this.world.tick(this.activities.get(1), "{\"done\": true, \"reflection\": \"" + REFLECTION + "\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(this.activities.get(1).toString()))
			.andExpect(jsonPath("$.done").value(true))
			.andExpect(jsonPath("$.doneOn").value(PairWorld.today().toString()))
			.andExpect(jsonPath("$.reflection").value(REFLECTION));
		this.world.get(this.world.checklist(), this.pairs.mentee)
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("no-store")))
			.andExpect(jsonPath("$[1].done").value(true))
			.andExpect(jsonPath("$[1].doneOn").value(PairWorld.today().toString()))
			.andExpect(jsonPath("$[1].reflection").value(REFLECTION))
			.andExpect(jsonPath("$[0].done").value(false));
		// the other pair's checklist is its own
		this.world.get(ActivityWorld.checklist(this.pairs.otherPairing), this.pairs.otherMentee)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[1].done").value(false))
			.andExpect(content().string(not(containsString(REFLECTION))));
	}

	@Test
	void theDayIsTodayUnlessGivenUntickingClearsItAndTheReflectionStaysUntilChanged() throws Exception {
		UUID activity = this.activities.get(0);
		String day = PairWorld.today().minusDays(3).toString();
		this.world.tick(activity, "{\"done\": true, \"doneOn\": \"" + day + "\", \"reflection\": \"First try\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.doneOn").value(day));
		// a change of the reflection only keeps the day
		this.world.tick(activity, "{\"done\": true, \"reflection\": \"  Second thoughts  \"}")
			.andExpect(jsonPath("$.doneOn").value(day))
			.andExpect(jsonPath("$.reflection").value("Second thoughts"));
		this.world.tick(activity, "{\"done\": false}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.done").value(false))
			.andExpect(jsonPath("$.doneOn").doesNotExist())
			.andExpect(jsonPath("$.reflection").value("Second thoughts"));
		this.world.tick(activity, "{\"done\": true}")
			.andExpect(jsonPath("$.doneOn").value(PairWorld.today().toString()));
		this.world.tick(activity, "{\"done\": true, \"reflection\": \" \"}")
			.andExpect(jsonPath("$.reflection").doesNotExist());
		this.world.get(this.world.checklist(), this.pairs.mentee)
			.andExpect(jsonPath("$[0].done").value(true))
			.andExpect(jsonPath("$[0].reflection").doesNotExist());
	}

	@Test
	void badInputIsRefusedWithEveryFieldAtFault() throws Exception {
		UUID activity = this.activities.get(0);
		this.world.tick(activity, "{\"reflection\": \"no flag\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("done"));
		this.world
			.tick(activity,
					"{\"done\": true, \"doneOn\": \"" + PairWorld.today().plusDays(1) + "\", \"reflection\": \""
							+ "r".repeat(5001) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("doneOn", "reflection")));
		this.world
			.tick(activity, "{\"done\": true, \"doneOn\": \"" + this.pairs.pairing.startedOn().minusDays(1) + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("doneOn"));
		this.world.tick(activity, "{\"done\": false, \"doneOn\": \"" + PairWorld.today() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("doneOn"));
		this.world.tick(activity, "{\"done\": true, \"doneOn\": \"yesterday\"}").andExpect(status().isBadRequest());
		this.world.tick(activity, "{\"done\": true, \"unknown\": 1}").andExpect(status().isBadRequest());
		this.world.tick(activity, "{\"done\": true, \"reflection\": \"" + "r".repeat(5000) + "\"}")
			.andExpect(status().isOk());
		// an activity not on this pair's checklist
		this.world.tick(UUID.randomUUID(), "{\"done\": true}").andExpect(status().isNotFound());
		this.world.tick(this.world.activities(this.world.otherProgram).get(0), "{\"done\": true}")
			.andExpect(status().isNotFound());
		this.world.get(this.world.checklist(), this.pairs.mentor).andExpect(jsonPath("$[0].done").value(true));
	}

	@Test
	void nobodyButThePairReadsOrWritesTheChecklistNotEvenTheCommittee() throws Exception {
		this.world.tick(this.activities.get(0), "{\"done\": true, \"reflection\": \"" + REFLECTION + "\"}")
			.andExpect(status().isOk());
		String item = this.world.checklist() + "/" + this.activities.get(0);
		for (Person outsider : List.of(this.pairs.committee, this.pairs.admin, this.pairs.otherMentor,
				this.pairs.otherMentee, this.pairs.stranger, this.world.otherCommittee)) {
			this.world.get(this.world.checklist(), outsider)
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString(REFLECTION))));
			this.world.send(HttpMethod.PATCH, item, outsider, "{\"done\": false, \"reflection\": \"Overwritten\"}")
				.andExpect(status().isNotFound());
		}
		this.world.get("/api/v1/pairings/not-a-uuid/activities", this.pairs.mentee).andExpect(status().isNotFound());
		this.world.send(HttpMethod.PATCH, this.world.checklist() + "/not-a-uuid", this.pairs.mentee, "{\"done\": true}")
			.andExpect(status().isNotFound());
		this.world.get(this.world.checklist(), this.pairs.mentee)
			.andExpect(jsonPath("$[0].done").value(true))
			.andExpect(jsonPath("$[0].reflection").value(REFLECTION));
	}

	@Test
	void aClosedPairingsChecklistStaysReadableToThePairAndWritableToNobody() throws Exception {
		this.world.tick(this.activities.get(0), "{\"done\": true, \"reflection\": \"" + REFLECTION + "\"}")
			.andExpect(status().isOk());
		this.pairs.close(this.pairs.mentee, "We are done.");
		this.world.tick(this.activities.get(0), "{\"done\": false}").andExpect(status().isConflict());
		this.world.tick(this.activities.get(1), "{\"done\": true}").andExpect(status().isConflict());
		this.world.get(this.world.checklist(), this.pairs.mentee)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].done").value(true))
			.andExpect(jsonPath("$[0].reflection").value(REFLECTION))
			.andExpect(jsonPath("$[1].done").value(false));
		// the committee still does not learn that it exists
		this.world
			.send(HttpMethod.PATCH, this.world.checklist() + "/" + this.activities.get(0), this.pairs.committee,
					"{\"done\": false}")
			.andExpect(status().isNotFound());
	}

	@Test
	void aRetiredActivityStaysOnlyWithThePairsThatDidIt() throws Exception {
		UUID ticked = this.activities.get(0);
		UUID unticked = this.activities.get(1);
		this.world.tick(ticked, "{\"done\": true, \"reflection\": \"Kept\"}").andExpect(status().isOk());
		// a reflection without a tick does not keep a retired activity either
		this.world.tick(unticked, "{\"done\": false, \"reflection\": \"Only planned\"}").andExpect(status().isOk());
		this.world.delete(this.world.catalogue() + "/" + ticked, this.pairs.committee)
			.andExpect(status().isNoContent());
		this.world.delete(this.world.catalogue() + "/" + unticked, this.pairs.committee)
			.andExpect(status().isNoContent());

		this.world.get(this.world.checklist(), this.pairs.mentee)
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[0].id").value(ticked.toString()))
			.andExpect(jsonPath("$[0].retired").value(true))
			.andExpect(jsonPath("$[0].done").value(true))
			.andExpect(jsonPath("$[0].reflection").value("Kept"))
			.andExpect(jsonPath("$[*].id", not(hasItem(unticked.toString()))));
		this.world.get(ActivityWorld.checklist(this.pairs.otherPairing), this.pairs.otherMentor)
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[*].id", not(hasItem(ticked.toString()))));
		this.world.get(this.world.catalogue(), this.pairs.mentee).andExpect(jsonPath("$", hasSize(3)));

		// the pair may still change what it recorded; the others may not tick it any more
		this.world.tick(ticked, "{\"done\": true, \"reflection\": \"Kept, and edited\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.retired").value(true));
		this.world.tick(unticked, "{\"done\": true}").andExpect(status().isNotFound());
		this.world
			.send(HttpMethod.PATCH, ActivityWorld.checklist(this.pairs.otherPairing) + "/" + ticked,
					this.pairs.otherMentor, "{\"done\": true}")
			.andExpect(status().isNotFound());
		// unticked, it leaves the checklist
		this.world.tick(ticked, "{\"done\": false}").andExpect(status().isOk());
		this.world.get(this.world.checklist(), this.pairs.mentee).andExpect(jsonPath("$", hasSize(3)));
	}

}
