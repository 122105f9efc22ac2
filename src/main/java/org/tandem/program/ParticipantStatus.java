package org.tandem.program;

/**
 * Where a participation stands: an application awaiting the committee, an active
 * participant, or a declined application.
 */
public enum ParticipantStatus {

	APPLIED("Applied"), ACTIVE("Active"), DECLINED("Declined");

	private final String label;

	ParticipantStatus(String label) {
		this.label = label;
	}

	/**
	 * The status as pages name it.
	 */
	public String label() {
		return this.label;
	}

}
