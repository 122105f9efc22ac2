package org.tandem.workspace.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.pairing.CadenceWords;

/**
 * One pairing's page. For the pair it is their workspace: what to do next, the next
 * meeting, and their plan; for the committee and administrators it shows the pairing's
 * metadata and counts, never a text of the pair.
 *
 * @param people the partner for a member of the pair; mentor and mentee for the committee
 * @param nextStep for a member of the pair, what to do next
 * @param nextMeeting for a member of the pair, when and how they meet next
 * @param member whether the viewer is the mentor or the mentee
 * @param manages whether the viewer is on the committee or an administrator
 * @param plan the pair's plan, for a member of the pair only
 * @param counts how far the pair's plan is, for the committee and administrators only
 */
public record WorkspaceView(UUID pairingId, UUID programId, String programName, String title,
		List<PersonSummary> people, LocalDate startedOn, @Nullable LocalDate firstContactOn,
		@Nullable LocalDate lastContactOn, String stateText, String stateClass, @Nullable String nextStep,
		@Nullable String nextMeeting, boolean closed, @Nullable LocalDate closedOn, @Nullable String closeReason,
		boolean member, boolean manages, @Nullable PairPlan plan, @Nullable PairCounts counts) {

	public String day(@Nullable LocalDate day) {
		return (day == null) ? "None yet" : CadenceWords.day(day);
	}

	/** The start of the pairing's own paths. */
	public String path() {
		return "/pairings/" + this.pairingId;
	}

}
