package org.tandem.health;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.health.HealthFilter.Window;
import org.tandem.pairing.PairingId;

/**
 * What the health page knows of one pairing: names, departments, dates and states, never
 * a word the pair wrote.
 *
 * @param lastMeetingHeld the day of the pair's latest meeting held, if any
 * @param openConcerns concerns about the pairing the committee has not closed
 */
record PairingFacts(PairingId id, UUID mentorId, String mentorName, @Nullable String mentorDepartment, UUID menteeId,
		String menteeName, @Nullable String menteeDepartment, boolean active, LocalDate startedOn,
		@Nullable LocalDate firstContactOn, @Nullable LocalDate lastContactOn, @Nullable LocalDate closedOn,
		boolean agreementRecorded, boolean mentorAcknowledged, boolean menteeAcknowledged,
		@Nullable LocalDate lastMeetingHeld, long openConcerns) {

	/**
	 * Whether the pairing ran during the window and belongs to the department (its mentor
	 * or its mentee does), if one is given.
	 */
	boolean in(Window window, @Nullable String department) {
		boolean ran = !this.startedOn.isAfter(window.to())
				&& (this.closedOn == null || !this.closedOn.isBefore(window.from()));
		return ran && (department == null || Objects.equals(department, this.mentorDepartment)
				|| Objects.equals(department, this.menteeDepartment));
	}

	boolean agreementAcknowledged() {
		return this.agreementRecorded && this.mentorAcknowledged && this.menteeAcknowledged;
	}

}
