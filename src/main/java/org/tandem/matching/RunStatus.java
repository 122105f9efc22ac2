package org.tandem.matching;

/**
 * A run is a draft until the committee publishes it (its proposals become pairings) or
 * discards it.
 */
public enum RunStatus {

	DRAFT("Draft"), PUBLISHED("Published"), DISCARDED("Discarded");

	private final String label;

	RunStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
