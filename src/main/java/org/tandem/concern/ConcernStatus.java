package org.tandem.concern;

/**
 * Where the committee is with a concern: it is OPEN until the committee acknowledges it,
 * and ends RESOLVED or, when the committee ends the pairing without fault, REMATCHED.
 */
public enum ConcernStatus {

	OPEN("Open"), ACKNOWLEDGED("Acknowledged"), RESOLVED("Resolved"), REMATCHED("Rematched");

	private final String label;

	ConcernStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the committee is done with it. */
	public boolean closed() {
		return this == RESOLVED || this == REMATCHED;
	}

}
