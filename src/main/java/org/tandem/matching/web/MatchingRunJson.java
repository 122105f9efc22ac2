package org.tandem.matching.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import org.tandem.matching.Criterion;
import org.tandem.matching.MatchingRun;
import org.tandem.matching.PersonPair;
import org.tandem.matching.Proposal;
import org.tandem.matching.RunMode;
import org.tandem.matching.RunStatus;
import org.tandem.matching.Unmatched;
import org.tandem.matching.UnmatchedReason;

/**
 * A matching run in the API: the fields of the contract, then the program, the mode, why
 * each unmatched mentee is unmatched, and the pairs the run was asked to forbid and pin
 * (as {@code [mentorId, menteeId]}).
 */
@Schema(name = "MatchingRun")
record MatchingRunJson(UUID id, RunStatus status, int totalScore, List<ProposalJson> proposals,
		List<UUID> unmatchedMenteeIds, UUID programId, RunMode mode, List<UnmatchedJson> unmatched,
		@Nullable Integer blockingPairs, List<List<UUID>> forbid, List<List<UUID>> pin, Instant createdAt) {

	static MatchingRunJson of(MatchingRun run) {
		return new MatchingRunJson(run.id(), run.status(), run.totalScore(),
				run.proposals().stream().map(ProposalJson::of).toList(),
				run.unmatched().stream().map(Unmatched::menteeId).toList(), run.programId().value(), run.mode(),
				run.unmatched().stream().map((u) -> new UnmatchedJson(u.menteeId(), u.reason())).toList(),
				run.blockingPairs(), pairs(run.forbidden()), pairs(run.pinned()), run.createdAt());
	}

	private static List<List<UUID>> pairs(List<PersonPair> pairs) {
		return pairs.stream().map((pair) -> List.of(pair.mentorId(), pair.menteeId())).toList();
	}

	/**
	 * A proposed pair: its score and the points it earned per criterion.
	 */
	@Schema(name = "MatchingProposal")
	record ProposalJson(UUID mentorId, UUID menteeId, int score, List<ReasonJson> reasons, boolean pinned) {

		static ProposalJson of(Proposal proposal) {
			return new ProposalJson(proposal.mentorId(), proposal.menteeId(), proposal.score(),
					proposal.reasonList().stream().map((r) -> new ReasonJson(r.criterion(), r.points())).toList(),
					proposal.pinned());
		}

	}

	@Schema(name = "MatchingReason")
	record ReasonJson(Criterion criterion, int points) {
	}

	@Schema(name = "MatchingUnmatched")
	record UnmatchedJson(UUID menteeId, UnmatchedReason reason) {
	}

}
