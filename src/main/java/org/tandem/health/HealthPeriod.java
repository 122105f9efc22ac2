package org.tandem.health;

/**
 * The part of a program's term the health figures cover.
 */
public enum HealthPeriod {

	TERM("The whole term"), FIRST_HALF("The first half of the term"), SECOND_HALF("The second half of the term"),
	CUSTOM("From and to the days below");

	private final String label;

	HealthPeriod(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
