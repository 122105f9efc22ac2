package org.tandem.matching;

/**
 * How a run pairs: the exact optimal assignment by the criteria, or a mentee-optimal
 * stable assignment from the participants' rankings.
 */
public enum RunMode {

	OPTIMAL("Optimal"), PREFERENCES("Preferences");

	private final String label;

	RunMode(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
