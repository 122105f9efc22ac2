package org.tandem.program.web;

import org.tandem.program.Participant;
import org.tandem.program.ParticipantStatus;

/**
 * A line of the participants table: the participation and the person's name and email.
 */
public record ParticipantRow(Participant participant, String name, String email) {

	public String roleLabel() {
		return this.participant.role().label();
	}

	public String statusLabel() {
		return this.participant.status().label();
	}

	public String statusClass() {
		return ProgramPageView.statusClass(this.participant);
	}

	public boolean applied() {
		return this.participant.status() == ParticipantStatus.APPLIED;
	}

}
