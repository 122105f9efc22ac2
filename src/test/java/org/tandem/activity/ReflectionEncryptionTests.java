package org.tandem.activity;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A pair's reflection is stored only as ciphertext, bound to its row: copied into another
 * activity's row, of the same pair or of another, it no longer reads.
 */
@IntegrationTest
class ReflectionEncryptionTests {

	private static final String SENTINEL = "ReflectionSentinel-burnout-" + UUID.randomUUID();

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
	void noPlaintextReachesTheTable() throws Exception {
		this.world.tick(this.activities.get(0), "{\"done\": true, \"reflection\": \"" + SENTINEL + "\"}")
			.andExpect(status().isOk());
		List<Map<String, Object>> rows = this.jdbc
			.sql("select pa::text as whole, reflection_enc from pair_activity pa where pairing_id = :pairing")
			.param("pairing", this.pairs.pairing.id().value())
			.query()
			.listOfRows();
		assertThat(rows).hasSize(1);
		assertThat((String) rows.get(0).get("whole")).doesNotContain(SENTINEL).doesNotContain("burnout");
		assertThat((String) rows.get(0).get("reflection_enc")).startsWith("v2:");
		assertThat(this.jdbc.sql("select count(*) from pair_activity pa where pa::text like :needle")
			.param("needle", "%burnout%")
			.query(Long.class)
			.single()).isZero();
		this.world.get(this.world.checklist(), this.pairs.mentee)
			.andExpect(jsonPath("$[0].reflection").value(SENTINEL));
	}

	@Test
	void aReflectionCopiedIntoAnotherRowIsWithheld() throws Exception {
		UUID source = this.activities.get(0);
		UUID target = this.activities.get(1);
		this.world.tick(source, "{\"done\": true, \"reflection\": \"" + SENTINEL + "\"}").andExpect(status().isOk());
		this.world.tick(target, "{\"done\": true, \"reflection\": \"Our own words\"}").andExpect(status().isOk());
		this.world
			.send(HttpMethod.PATCH, ActivityWorld.checklist(this.pairs.otherPairing) + "/" + source,
					this.pairs.otherMentor, "{\"done\": true, \"reflection\": \"Theirs\"}")
			.andExpect(status().isOk());

		// into another activity's row of the same pair
		copy(this.pairs.pairing.id().value(), source, this.pairs.pairing.id().value(), target);
		// into the same activity's row of another pair
		copy(this.pairs.pairing.id().value(), source, this.pairs.otherPairing.id().value(), source);

		this.world.get(this.world.checklist(), this.pairs.mentee)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].reflection").value(SENTINEL))
			.andExpect(jsonPath("$[1].done").value(true))
			.andExpect(jsonPath("$[1].reflection").doesNotExist());
		this.world.get(ActivityWorld.checklist(this.pairs.otherPairing), this.pairs.otherMentee)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].done").value(true))
			.andExpect(jsonPath("$[0].reflection").doesNotExist())
			.andExpect(content().string(not(containsString(SENTINEL))));
	}

	private void copy(UUID fromPairing, UUID fromActivity, UUID toPairing, UUID toActivity) {
		int updated = this.jdbc.sql("""
				update pair_activity set reflection_enc = (select reflection_enc from pair_activity
				    where pairing_id = :fromPairing and activity_id = :fromActivity)
				where pairing_id = :toPairing and activity_id = :toActivity""")
			.param("fromPairing", fromPairing)
			.param("fromActivity", fromActivity)
			.param("toPairing", toPairing)
			.param("toActivity", toActivity)
			.update();
		assertThat(updated).isEqualTo(1);
	}

}
