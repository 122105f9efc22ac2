package org.tandem.activity;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

import org.tandem.pairing.PairingId;

import org.springframework.stereotype.Service;

/**
 * How far each pair is with its checklist, as numbers only: what the committee may know
 * of a pair's activities. Never any text.
 */
@Service
public class ActivityCounts {

	private final PairActivityRepository pairActivities;

	ActivityCounts(PairActivityRepository pairActivities) {
		this.pairActivities = pairActivities;
	}

	/**
	 * For each pairing given, the activities it did and those on its checklist (the ones
	 * its program suggests now and the retired ones it did), in one query. Checks no
	 * access: callers check that the caller may see these pairings and bound the
	 * collection (a page of pairings). Unknown pairings are left out. Read with the
	 * page's other reads when first asked for.
	 */
	public Supplier<Map<PairingId, Count>> of(Collection<PairingId> pairings) {
		return this.pairActivities.counts(pairings.stream().map(PairingId::value).distinct().toList());
	}

	/**
	 * A pair's progress through its checklist.
	 *
	 * @param done the activities it ticked
	 * @param total the activities on its checklist
	 */
	public record Count(int done, int total) {

		/** For a pairing with no checklist data at all. */
		public static final Count NONE = new Count(0, 0);

	}

}
