package org.tandem.cadence;

/**
 * Where a pairing stands in its rhythm of contacts (API.md {@code cadence.state}).
 */
public enum CadenceState {

	AWAITING_FIRST_CONTACT("Awaiting first contact"), ON_TRACK("On track"), DUE("Due"), OVERDUE("Overdue"),
	PAUSED("Paused"), CLOSED("Closed");

	private final String label;

	CadenceState(String label) {
		this.label = label;
	}

	/**
	 * The state as pages name it.
	 */
	public String label() {
		return this.label;
	}

}
