package org.tandem.health;

/**
 * Why a pair is on the committee's at-risk list.
 */
public enum RiskKind {

	OVERDUE("Contact overdue"), FIRST_CONTACT_LATE("First contact late"), OPEN_CONCERN("Open concern"),
	AGREEMENT_PENDING("Agreement not acknowledged"), NO_MEETING("No meeting held");

	private final String label;

	RiskKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
