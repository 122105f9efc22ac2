package org.tandem.resource;

/**
 * A moment of a pairing at which Tandem shows the pair the tip that fits it, beside what
 * they are doing.
 */
public enum Moment {

	/** A new pairing: reaching out to the new partner. */
	NEW_PAIRING("When a new pairing starts"),
	/** The agreement is being drafted or acknowledged: setting expectations. */
	AGREEMENT("While the pair writes its agreement"),
	/** Contact is due or overdue: availability and absences. */
	DUE("When contact is due"),
	/** A goal is being written: realistic goals. */
	GOAL_FORM("When the pair sets a goal");

	private final String label;

	Moment(String label) {
		this.label = label;
	}

	/**
	 * The moment as pages name it.
	 */
	public String label() {
		return this.label;
	}

}
