package org.tandem.program;

/**
 * A line of the participants table: the participation and the person's name and email.
 */
public record ParticipantRow(Participant participant, String name, String email) {

	public String roleLabel() {
		return label(this.participant.role().name());
	}

	public String statusLabel() {
		return label(this.participant.status().name());
	}

	public String statusClass() {
		return "status-" + this.participant.status().name().toLowerCase(java.util.Locale.ROOT);
	}

	public boolean applied() {
		return this.participant.status() == ParticipantStatus.APPLIED;
	}

	static String label(String constant) {
		return constant.charAt(0) + constant.substring(1).toLowerCase(java.util.Locale.ROOT);
	}

}
