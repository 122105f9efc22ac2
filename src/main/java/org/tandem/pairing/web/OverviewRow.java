package org.tandem.pairing.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.cadence.CadenceState;
import org.tandem.pairing.CadenceWords;

/**
 * A line of the committee's overview of a program's pairings.
 */
public record OverviewRow(UUID pairingId, UUID mentorId, String mentorName, UUID menteeId, String menteeName,
		LocalDate startedOn, CadenceState state, String stateText, @Nullable LocalDate lastContactOn,
		@Nullable LocalDate dueOn, @Nullable LocalDate overdueOn) {

	public String stateClass() {
		return CadenceWords.cssClass(this.state);
	}

	public String day(@Nullable LocalDate day) {
		return (day == null) ? "" : CadenceWords.day(day);
	}

}
