package org.tandem.matching.web;

import org.tandem.matching.solver.Objective;

/**
 * What the pages call the solver's objectives; the solver stays free of wording.
 */
final class ObjectiveLabels {

	private ObjectiveLabels() {
	}

	static String of(Objective objective) {
		return switch (objective) {
			case MOST_MATCHED_THEN_SCORE -> "Most mentees matched, then the highest total score";
			case HIGHEST_SCORE -> "Highest total score only";
		};
	}

}
