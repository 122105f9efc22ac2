package org.tandem.pairing.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One pairing's page: who is in it, its cadence and, for those allowed, the close form.
 *
 * @param people the partner for a member of the pair; mentor and mentee for the committee
 * @param nextStep for a member of the pair, what to do next
 * @param manages whether the viewer is on the committee or an administrator
 */
public record PairingPageView(UUID pairingId, UUID programId, String programName, String title,
		List<PersonSummary> people, LocalDate startedOn, @Nullable LocalDate firstContactOn,
		@Nullable LocalDate lastContactOn, String stateText, String stateClass, @Nullable String nextStep,
		boolean closed, @Nullable LocalDate closedOn, @Nullable String closeReason, boolean manages) {

	public String day(@Nullable LocalDate day) {
		return (day == null) ? "None yet" : CadenceWords.day(day);
	}

}
