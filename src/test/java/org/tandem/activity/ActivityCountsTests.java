package org.tandem.activity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.pairing.PairingId;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PairWorld;
import org.tandem.support.PairWorlds;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the committee may know of a pair's checklist: how many activities it did out of
 * how many, never any text.
 */
@IntegrationTest
class ActivityCountsTests {

	@Autowired
	PairWorlds worlds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActivityCounts counts;

	ActivityWorld world;

	PairWorld pairs;

	@BeforeEach
	void setUp() {
		this.world = new ActivityWorld(this.worlds.create(), this.jdbc);
		this.pairs = this.world.pairs;
	}

	@Test
	void countsFollowTicksAdditionsAndRetirements() throws Exception {
		PairingId one = this.pairs.pairing.id();
		PairingId two = this.pairs.otherPairing.id();
		assertThat(this.counts.of(List.of(one, two)).get()).containsEntry(one, new ActivityCounts.Count(0, 5))
			.containsEntry(two, new ActivityCounts.Count(0, 5));

		List<UUID> defaults = this.world.activities();
		this.world.tick(defaults.get(0), "{\"done\": true, \"reflection\": \"Secret words\"}")
			.andExpect(status().isOk());
		this.world.tick(defaults.get(1), "{\"done\": true}").andExpect(status().isOk());
		// a reflection without a tick is not done
		this.world.tick(defaults.get(2), "{\"done\": false, \"reflection\": \"Planned\"}").andExpect(status().isOk());
		this.world.send(HttpMethod.POST, this.world.catalogue(), this.pairs.committee, "{\"title\": \"Sixth\"}")
			.andExpect(status().isCreated());
		// retired: one the pair did (it stays on its list) and one nobody did
		this.world.delete(this.world.catalogue() + "/" + defaults.get(0), this.pairs.committee)
			.andExpect(status().isNoContent());
		this.world.delete(this.world.catalogue() + "/" + defaults.get(3), this.pairs.committee)
			.andExpect(status().isNoContent());

		Map<PairingId, ActivityCounts.Count> counts = this.counts.of(List.of(one, two, one)).get();
		assertThat(counts).hasSize(2)
			.containsEntry(one, new ActivityCounts.Count(2, 5))
			.containsEntry(two, new ActivityCounts.Count(0, 4));
	}

	@Test
	void unknownPairingsAreLeftOutAndNoPairingsAskNothing() {
		PairingId unknown = new PairingId(UUID.randomUUID());
		assertThat(this.counts.of(List.of(unknown, this.pairs.pairing.id())).get())
			.containsOnlyKeys(this.pairs.pairing.id());
		assertThat(this.counts.of(List.of()).get()).isEmpty();
	}

	@Test
	void aCountCarriesNumbersOnly() {
		assertThat(Arrays.stream(ActivityCounts.Count.class.getRecordComponents())
			.map((component) -> (Object) component.getType())
			.toList()).containsOnly(int.class);
	}

}
