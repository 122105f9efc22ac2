package org.tandem.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * What a pair scores: points per criterion (by the criterion's ordinal), their sum, and
 * whether it fails a required criterion (then it is never proposed).
 */
record PairScore(int total, boolean failsRequired, int[] points) {

	/**
	 * The criteria that earned points, in the criteria's order.
	 */
	List<Reason> reasons() {
		List<Reason> reasons = new ArrayList<>();
		for (Criterion criterion : Criterion.values()) {
			if (this.points[criterion.ordinal()] > 0) {
				reasons.add(new Reason(criterion, this.points[criterion.ordinal()]));
			}
		}
		return reasons;
	}

}
