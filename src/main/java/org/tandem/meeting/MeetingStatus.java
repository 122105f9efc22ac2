package org.tandem.meeting;

/**
 * Where a meeting stands. Only a held meeting counts as contact.
 */
public enum MeetingStatus {

	SCHEDULED("Scheduled"), HELD("Held"), CANCELLED("Cancelled"), MISSED("Missed");

	private final String label;

	MeetingStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
