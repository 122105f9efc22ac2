package org.tandem.matching;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the matcher proposes: pins first, then the solver's pairs in the mentees' order.
 * {@code blockingPairs} is counted in preferences mode only.
 */
record MatchResult(List<Proposal> proposals, List<Unmatched> unmatched, int totalScore,
		@Nullable Integer blockingPairs) {

}
